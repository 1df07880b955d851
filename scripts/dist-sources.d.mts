// Types for dist-sources.mjs, which the end-to-end tests' setup imports.
export const STAMP: string;
export function sourcesHash(root: string): string;
export function stampText(root: string): string;
export function storedHash(root: string): string | null;
