import { findMojibake } from './find-mojibake.util';
import { WINDOWS_1252, WINDOWS_1253 } from './single-byte-codepages';
import { UnrepairableMojibakeError } from './unrepairable-mojibake.error';

/** character → byte of one single-byte code page (upper half only). */
type ReverseTable = ReadonlyMap<string, number>;

interface PassResult {
  text: string;
  /** Sequences replaced. */
  count: number;
  /** Sequences of three or four bytes replaced: the strong evidence (punctuation, symbols, emoji). */
  long: number;
}

/** Double mojibake (UTF-8 → 1252 → UTF-8 → 1252) needs two passes; a third is a safety margin. */
const MAX_PASSES = 3;

/**
 * Undefined bytes are also accepted as the C1 control a decoder leaves for them (`\u009D`), and, when
 * `fallback` is given, as that page's character for the byte: Greek mojibake of `📈` is seen in the wild
 * as `πŸ“ˆ`, where `Ÿ` and `ˆ` are Windows-1252 characters standing in for bytes 1253 leaves undefined.
 */
function reverseTable(page: readonly (string | null)[], fallback?: readonly (string | null)[]): ReverseTable {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0x9f; byte++) table.set(String.fromCharCode(byte), byte);
  page.forEach((char, i) => {
    const shown = char ?? fallback?.[i];
    if (shown) table.set(shown, 0x80 + i);
  });
  return table;
}

const CP1252 = reverseTable(WINDOWS_1252);
const CP1253 = reverseTable(WINDOWS_1253, WINDOWS_1252);

/** Scripts and symbol blocks that mojibake plausibly stands for; anything else is left alone. */
const PLAUSIBLE: readonly [number, number][] = [
  [0x00a0, 0x052f], // Latin-1, Latin extended, combining marks, Greek, Cyrillic
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x1e00, 0x1eff], // Latin extended additional
  [0x2000, 0x2bff], // punctuation, currency, letterlike, arrows, maths, shapes, dingbats
  [0x2e00, 0x2e7f],
  [0x3000, 0x30ff], // CJK punctuation, kana
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul
  [0xfe00, 0xfe0f], // variation selectors (emoji presentation)
  [0xfeff, 0xfeff], // byte order mark
  [0xff00, 0xffef], // full-width forms
  [0x1f000, 0x1faff], // emoji, regional indicators (flags)
  [0xe0020, 0xe007f], // tag characters (subdivision flags)
];

const isPlausible = (cp: number): boolean => PLAUSIBLE.some(([from, to]) => cp >= from && cp <= to);

/** Code point of a well-formed UTF-8 sequence (no overlongs, no surrogates), or null. */
function decodeUtf8(bytes: readonly number[]): number | null {
  const tail = bytes.slice(1).reduce((acc, b) => (acc << 6) | (b & 0x3f), 0);
  const [lead] = bytes;
  if (bytes.length === 2) return ((lead & 0x1f) << 6) | tail;
  if (bytes.length === 3) {
    const cp = ((lead & 0x0f) << 12) | tail;
    return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? null : cp;
  }
  const cp = ((lead & 0x07) << 18) | tail;
  return cp < 0x10000 || cp > 0x10ffff ? null : cp;
}

const sequenceLength = (lead: number): number =>
  lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;

/** The bytes of a mojibake sequence starting at `start`, or null when the characters there are not one. */
function readSequence(chars: readonly string[], start: number, table: ReverseTable): number[] | null {
  const lead = table.get(chars[start]);
  const length = lead === undefined ? 0 : sequenceLength(lead);
  if (lead === undefined || length === 0 || start + length > chars.length) return null;
  const bytes = [lead];
  for (let k = 1; k < length; k++) {
    let byte = table.get(chars[start + k]);
    // `â€"`: the `”` (0x94) of an em dash often arrives straightened to `"` by the copy.
    if (byte === undefined && chars[start + k] === '"' && k === 2 && lead === 0xe2 && bytes[1] === 0x80) byte = 0x94;
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return null;
    bytes.push(byte);
  }
  return bytes;
}

function repairWith(text: string, table: ReverseTable): PassResult {
  const chars = Array.from(text);
  const out: string[] = [];
  let count = 0;
  let long = 0;
  for (let i = 0; i < chars.length;) {
    const bytes = readSequence(chars, i, table);
    const cp = bytes && decodeUtf8(bytes);
    if (bytes && cp !== null && isPlausible(cp)) {
      out.push(String.fromCodePoint(cp));
      count++;
      if (bytes.length > 2) long++;
      i += bytes.length;
    } else {
      out.push(chars[i]);
      i++;
    }
  }
  return { text: count > 0 ? out.join('') : text, count, long };
}

/**
 * Repairs text whose UTF-8 bytes were decoded as Windows-1252 (`â€”`, `Ã©`, `ðŸ“ˆ`) or Windows-1253
 * (`β€”`, `πŸ“ˆ`), sequence by sequence, so clean parts of a half-garbled text are kept as they are.
 *
 * Greek is only repaired when the text has at least one three- or four-byte Greek sequence (a dash,
 * quote or emoji): two-byte pairs such as `Γ’` are ordinary in real Greek ("Γ’ Λυκείου").
 *
 * @throws UnrepairableMojibakeError when traces of mojibake remain after repair.
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const western = repairWith(current, CP1252);
    const greek = repairWith(western.text, CP1253);
    const next = greek.long > 0 ? greek.text : western.text;
    if (next === current) break;
    current = next;
  }
  const leftover = findMojibake(current);
  if (leftover !== null) throw new UnrepairableMojibakeError(leftover);
  return { text: current, repaired: current !== text };
}
