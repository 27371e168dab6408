const TRAILING = new Set([' ', '\t', '*', '_', ':']);

/** A heading line without Markdown (`## `, `**…**`), leading emoji/symbols (`📈 `, `✅ `) or a trailing colon. */
export function headingText(line: string): string {
  const text = line.replace(/^[^\p{L}\p{N}]+/u, '');
  let end = text.length;
  // A loop rather than /[\s*_:]+$/, which backtracks quadratically on long lines full of `*`.
  while (end > 0 && TRAILING.has(text[end - 1])) end--;
  return text.slice(0, end).trim();
}
