/** `$100,000`, `100,000`, `$130,000+`, `€95000`, `USD 95,000`, `95k`, `$1.5K`. */
const AMOUNT = /^(?:[A-Z]{3}\s?)?[$€£]?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?([kK])?\+?(?:\s?[A-Z]{3})?$/;

/** The number a money amount stands for, or null when `text` is not one amount. */
export function parseAmount(text: string): number | null {
  const match = AMOUNT.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
  return Math.round(match[3] ? value * 1000 : value);
}
