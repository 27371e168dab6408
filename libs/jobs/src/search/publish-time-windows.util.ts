const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/**
 * GIN work grows with the lexemes OR-ed into the window, more than with the rows they cover: over 1M listings,
 * 'ocaml' with 11 hour lexemes took 1.75 ms and with the one day lexeme covering them 0.69 ms; a phrase, whose every
 * row is rechecked, still gains from the tighter hours (5 hours 0.6 ms, the day 1.5 ms). So hours up to 8 lexemes.
 */
const MAX_HOUR_LEXEMES = 8;
const MAX_DAY_LEXEMES = 72;

/**
 * A publish-time window as a tsquery over the `_hYYYYMMDDHH` / `_dYYYYMMDD` lexemes every search vector
 * carries (UTC). `from` is the start of its oldest hour or day: a window may reach a little past the
 * previous one, so each level also filters `published_at < ` the previous level's `from`.
 */
export interface TimeWindow {
  tsquery: string;
  from: Date;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYYMMDDHH` (UTC) of a moment; called ~100 times per windowed search, so no toISOString + regex. */
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}`;
}

function window(unit: number, prefix: string, digits: number, top: number, start: number, maxLexemes: number): TimeWindow | null {
  const first = Math.floor(top / unit);
  const last = Math.floor(start / unit);
  if (first - last + 1 > maxLexemes) return null;
  const lexemes: string[] = [];
  for (let n = first; n >= last; n -= 1) lexemes.push(`'${prefix}${stamp(n * unit).slice(0, digits)}'`);
  return { tsquery: lexemes.join(' | '), from: new Date(last * unit) };
}

/**
 * Consecutive windows going back from `top`, the i-th reaching back to `starts[i]`: hours while a window
 * spans at most 8 of them, else days (at most 72). A window that would need more lexemes ends the list
 * (the caller searches everything older without a window).
 */
export function publishTimeWindows(top: Date, starts: Date[]): TimeWindow[] {
  const windows: TimeWindow[] = [];
  let upper = top.getTime();
  for (const start of starts) {
    if (start.getTime() >= upper) continue;
    const next =
      window(HOUR_MS, '_h', 10, upper, start.getTime(), MAX_HOUR_LEXEMES) ??
      window(DAY_MS, '_d', 8, upper, start.getTime(), MAX_DAY_LEXEMES);
    if (!next) break;
    windows.push(next);
    upper = next.from.getTime() - 1;
  }
  return windows;
}
