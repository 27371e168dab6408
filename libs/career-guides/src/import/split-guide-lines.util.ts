/**
 * Splits pasted text into trimmed lines: any line ending (`\r\n`, `\r`, `\n`, U+2028/2029), a leading
 * byte order mark and zero-width spaces removed. Blank lines are kept as `''` (they separate paragraphs).
 */
export function splitGuideLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\u200B/g, '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim());
}
