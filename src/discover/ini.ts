/**
 * INI files as pytest reads them (its `iniconfig` package), not as npm's `ini` does: `key = value`
 * and `key: value` (a `:` before any `=` makes `:` the separator), values continued on indented
 * lines, `#` and `;` comments on their own lines only (a `#` after a value is part of it), a
 * section header's comment stripped, and a duplicate key or section refused as pytest refuses it.
 */

export class IniError extends Error {
  constructor(
    message: string,
    /** 1-based line. */
    readonly line: number,
  ) {
    super(message);
  }
}

export type IniSections = Map<string, Map<string, string>>;

const COMMENT_CHARS = '#;';

export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, string> | null = null;
  let last: { values: string[]; section: Map<string, string>; name: string } | null = null;
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  for (const [i, raw] of lines.entries()) {
    const lineno = i + 1;
    let line = COMMENT_CHARS.includes(raw.trimStart()[0] ?? '') ? '' : raw.trimEnd();
    if (!line) continue;
    if (line[0] === '[') {
      for (const c of COMMENT_CHARS) line = line.split(c)[0]!.trimEnd();
      if (line.endsWith(']')) {
        const name = line.slice(1, -1);
        if (!name) throw new IniError('empty section name', lineno);
        if (sections.has(name)) throw new IniError(`duplicate section '${name}'`, lineno);
        section = new Map();
        sections.set(name, section);
        last = null;
        continue;
      }
      // A line starting with `[` that is not a header is a value continuation.
      line = ' ' + raw.trim();
    }
    if (!/^\s/.test(line)) {
      let eq = line.indexOf('=');
      const colon = line.indexOf(':');
      let sep = eq;
      if (eq === -1 || (colon !== -1 && colon < eq)) sep = colon;
      if (sep === -1) throw new IniError(`unexpected line: '${line}'`, lineno);
      eq = sep;
      const name = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      if (!section) throw new IniError('no section header defined', lineno);
      if (section.has(name)) throw new IniError(`duplicate name '${name}'`, lineno);
      last = { values: value ? [value] : [], section, name };
      section.set(name, value);
      continue;
    }
    if (!last) throw new IniError('unexpected value continuation', lineno);
    last.values.push(line.trim());
    last.section.set(last.name, last.values.join('\n'));
  }
  return sections;
}
