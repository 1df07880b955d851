import type { Runner } from '../../model.js';

/** Plan ids of JS tests: `<file>::<describe>::<test>`; titles as written. */
export const ID_SEPARATOR = '::';

export function jsTestId(file: string, titles: string[]): string {
  return [file, ...titles].join(ID_SEPARATOR);
}

/** The titles of a plan id (`file::d::t` → `['d', 't']`), or [] for a whole-file unit (`file`). */
export function titlesOfId(file: string, id: string): string[] {
  if (id === file) return [];
  return id.slice(file.length + ID_SEPARATOR.length).split(ID_SEPARATOR);
}

// `.each` / `.for` titles are formatted at run time: printf tokens (%s %d %i %f %j %o %p %#) and
// `$name` / `$a.b` interpolations stand for any text. So does `%%`: Jest prints `%`, Vitest's
// formatTitle prints `%` and a row value after it (it counts every `%` as taking one), and a
// title outside a table keeps `%%` as written.
const TEMPLATE_TOKEN = /%[sdifjopO#%]|\$[A-Za-z_#][\w.]*/g;

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A title as a regex source: literal text, with template tokens matching anything. */
export function titleRegexSource(title: string): string {
  let out = '';
  let last = 0;
  for (const m of title.matchAll(TEMPLATE_TOKEN)) {
    out += escapeRegex(title.slice(last, m.index)) + '.*';
    last = m.index + m[0].length;
  }
  return out + escapeRegex(title.slice(last));
}

/**
 * The `-t` (testNamePattern) regex that matches exactly these tests' full names: Jest and Vitest
 * match it against the describe titles and the test title joined by spaces.
 */
export function namePatternSource(tests: string[][]): string {
  const unique = [...new Set(tests.map((titles) => titles.map(titleRegexSource).join(' ')))].sort();
  return `^(?:${unique.join('|')})$`;
}

/** Jest compiles -t case-insensitively; Vitest as written. */
export function nameRegex(runner: Runner, source: string): RegExp {
  return new RegExp(source, runner === 'jest' ? 'i' : '');
}

/** Why these titles cannot be selected one by one by the runner, or null when they can. */
export function unselectableTitle(runner: Runner, titles: string[]): string | null {
  for (const title of titles) {
    if (title.includes(ID_SEPARATOR)) return `the title '${title}' holds '${ID_SEPARATOR}'`;
    if (runner === 'playwright') {
      if (/[>›]/.test(title))
        return `the title '${title}' holds '>' or '›' (Playwright's test-list separators)`;
      if (title !== title.trim()) return `the title '${title}' starts or ends with spaces`;
    }
  }
  return null;
}
