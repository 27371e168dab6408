/** `Label: value` on one line, with a short capitalised label: `Experience: 0-2 years`, `Focus: Testing`. */
const LABEL_LINE = /^([A-Z][\w&/()' -]{0,29}?):\s+(\S.*)$/u;

/** Splits a `Label: value` line, or returns null when the line is not one (or the label reads like prose). */
export function labelLine(line: string): { label: string; value: string } | null {
  const match = LABEL_LINE.exec(line);
  if (!match || match[1].trim().split(/\s+/).length > 4) return null;
  return { label: match[1].trim(), value: match[2].trim() };
}
