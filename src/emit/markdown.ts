/** Markdown for GitHub step summaries, shared by the plan summary and the report summary. */

/** A table cell's text: no pipes or newlines to break the table. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Joins the head and the sections, stopping before GitHub's 1 MiB step summary limit (over it the
 * upload is refused and the step is not even failed), and saying how many lines were left out and
 * where the whole story is (`elsewhere`).
 */
export function fitToBudget(head: string[], sections: string[][], budget: number, elsewhere: string): string {
  const lines = [...head];
  let size = Buffer.byteLength(lines.join('\n'), 'utf8');
  let dropped = 0;
  for (const section of sections) {
    for (const line of section) {
      const cost = Buffer.byteLength(line, 'utf8') + 1;
      if (dropped > 0 || size + cost > budget - 500) {
        dropped++;
        continue;
      }
      lines.push(line);
      size += cost;
    }
  }
  if (dropped > 0) {
    lines.push(
      '',
      `_Summary truncated: ${dropped} more lines left out to stay under GitHub's 1 MiB step summary limit. ${elsewhere}_`,
    );
  }
  return lines.join('\n') + '\n';
}
