import type { JsSettings } from '../extractor.js';

/**
 * The groups named by a list of tags, in order. `@group:2` (the prefix, Playwright style) and
 * `group:2` (Vitest tags carry no `@`) both name group `2`; a tag listed in `js-group-tags`
 * (`@slow`) is a group as a whole (`slow`). Other tags (`@smoke`) are not groups.
 */
export function groupOfTags(tags: string[], js: JsSettings): string[] {
  const prefix = js.tagPrefix;
  const bare = prefix.replace(/^@/, '');
  const wholes = new Set(js.groupTags.map((t) => t.replace(/^@/, '')));
  const out: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith(prefix) && tag.length > prefix.length) out.push(tag.slice(prefix.length));
    else if (bare !== prefix && tag.startsWith(bare) && tag.length > bare.length)
      out.push(tag.slice(bare.length));
    else if (wholes.has(tag.replace(/^@/, ''))) out.push(tag.replace(/^@/, ''));
  }
  return out;
}
