/** pytest's `python_functions` / `python_classes` matching: a prefix, or an fnmatch glob. */

export type NameFilter = (name: string) => boolean;

export function nameFilter(patterns: readonly string[]): NameFilter {
  const prefixes = [...patterns];
  const globs = patterns.filter((p) => /[*?[]/.test(p)).map(globToRegExp);
  return (name) => prefixes.some((p) => name.startsWith(p)) || globs.some((re) => re.test(name));
}

/** Python's `fnmatch.translate`: `*`, `?`, `[seq]`, `[!seq]`; anything else literal. */
function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (glob[j] === '!') j++;
      if (glob[j] === ']') j++;
      while (j < glob.length && glob[j] !== ']') j++;
      if (j >= glob.length) out += '\\[';
      else {
        let body = glob.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        else if (body.startsWith('^')) body = '\\' + body;
        out += `[${body}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^(?:${out})$`);
}
