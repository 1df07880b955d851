/**
 * The names Playwright looks for in a directory, in its order: the first present wins
 * (`resolveConfigFile`). A module of its own, without the config reader, so the Playwright filter
 * bundle can use it without typescript-estree.
 */
export const PLAYWRIGHT_CONFIG_NAMES: readonly string[] = ['ts', 'js', 'mts', 'mjs', 'cts', 'cjs'].map(
  (e) => `playwright.config.${e}`,
);
