/** Bullet markers seen in pasted pages and Markdown: `•` (sometimes doubled), `●`, `▪`, `◦`, `‣`, `·`, `- `, `* `, `+ `. */
const BULLET = /^\s*(?:[•●▪◦‣·]\s*|[-*+]\s+)+/;

/** The text of a bullet line without its marker(s), or null when the line is not a bullet. */
export function listItem(line: string): string | null {
  const marker = BULLET.exec(line);
  if (!marker) return null;
  const item = line.slice(marker[0].length).trim();
  return item === '' ? null : item;
}
