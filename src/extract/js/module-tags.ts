import type { JsSettings } from '../extractor.js';
import type { Problem } from '../../model.js';
import { groupOfTags } from './tags.js';

/**
 * Vitest 4.1's file tags, as its `detectCodeBlock` reads them: every `@module-tag name` after `//`
 * or `*` and optional white space, anywhere in the file's text (a string or template literal
 * too), the name made of letters, digits, `_`, `-` and `/`. Every test of the file carries them,
 * under its describes' tags and its own.
 */
const MODULE_TAG = /(\/\/|\*)\s*@module-tag\s+([\w\-/]+)\b/g;

export interface ModuleTag {
  tag: string;
  line: number;
  /** The word as written, when Vitest's name stops inside it (`group:db` is read as `group`). */
  written?: string;
}

export function moduleTags(text: string): ModuleTag[] {
  if (!text.includes('@module-tag')) return [];
  const out: ModuleTag[] = [];
  for (const m of text.matchAll(MODULE_TAG)) {
    const end = m.index + m[0].length;
    const line = text.slice(0, m.index).split('\n').length;
    const rest = /^\S+/.exec(text.slice(end))?.[0].replace(/\*\/$/, '');
    out.push(rest ? { tag: m[2]!, line, written: m[2]! + rest } : { tag: m[2]!, line });
  }
  return out;
}

/**
 * The file's group from its module tags, for Vitest files: the first tag that names a group.
 * Several distinct groups, or a tag Vitest cuts short where the word as written names a group, are
 * notices at their lines.
 */
export function moduleTagGroup(
  file: string,
  tags: ModuleTag[],
  js: JsSettings,
  problems: Problem[],
): string | null {
  const named: { group: string; line: number }[] = [];
  for (const t of tags) {
    const group = groupOfTags([t.tag], js)[0];
    if (group !== undefined) named.push({ group, line: t.line });
    const meant = t.written === undefined ? undefined : groupOfTags([t.written], js)[0];
    if (meant !== undefined && meant !== group)
      problems.push({
        severity: 'notice',
        file,
        line: t.line,
        title: 'Module tag cut short',
        message: `${file}:${t.line}: Vitest reads \`@module-tag ${t.written}\` as the tag '${t.tag}' (a module tag holds letters, digits, \`_\`, \`-\` and \`/\` only), which ${group === undefined ? 'names no group' : `names group '${group}'`}, not '${meant}': the file's tests are planned as Vitest tags them. Tag the file with a name of those characters listed in \`js-group-tags\`, or tag its describes (\`{ tags: ['${t.written}'] }\`).`,
      });
  }
  const first = named[0];
  if (!first) return null;
  const other = named.find((n) => n.group !== first.group);
  if (other)
    problems.push({
      severity: 'notice',
      file,
      line: other.line,
      title: 'Several file groups',
      message: `${file}'s module tags name the groups ${[...new Set(named.map((n) => `'${n.group}'`))].join(', ')}; a test runs in one job, so its tests without a group of their own are planned in the first, '${first.group}' (line ${first.line}).`,
    });
  return first.group;
}
