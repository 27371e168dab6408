/**
 * Tell-tale traces of mojibake that a repair could not undo. Each is a sequence that clean prose
 * (English, Western European or Greek) does not contain:
 * - C1 control characters and U+FFFD (bytes lost or undefined in the code page);
 * - `â€` / `ðŸ` (Windows-1252 view of the UTF-8 lead bytes of punctuation / emoji);
 * - `β€` / `πŸ` (the same bytes seen through Windows-1253);
 * - `Ã` or `Â` followed by a character that Windows-1252 puts at a UTF-8 continuation byte.
 */
const TRACES: readonly RegExp[] = [/[\u0080-\u009F\uFFFD]/u, /â€|ðŸ|β€|πŸ/u, /[ÃÂ][\u00A0-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u];

/** Returns a short excerpt around the first trace of mojibake in `text`, or `null` when there is none. */
export function findMojibake(text: string): string | null {
  for (const trace of TRACES) {
    const match = trace.exec(text);
    if (match) return text.slice(Math.max(0, match.index - 12), match.index + 12);
  }
  return null;
}
