/**
 * The upper halves (bytes 0x80–0xFF) of the two single-byte code pages that mojibake in pasted text
 * usually comes from. Index i is byte 0x80 + i; `null` marks a byte the code page leaves undefined.
 * Bytes 0x00–0x7F are ASCII in both.
 */

const range = (from: number, to: number): string[] => {
  const chars: string[] = [];
  for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
  return chars;
};

const chars = (text: string): (string | null)[] => Array.from(text, (c) => (c === '\uFFFF' ? null : c));

/** Windows-1252 (Western European). */
export const WINDOWS_1252: readonly (string | null)[] = [
  // 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined)
  ...chars('€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ'),
  // 0xA0–0xFF are Latin-1
  ...range(0xa0, 0xff),
];

/** Windows-1253 (Greek). */
export const WINDOWS_1253: readonly (string | null)[] = [
  // 0x80–0x9F
  ...chars('€\uFFFF‚ƒ„…†‡\uFFFF‰\uFFFF‹\uFFFF\uFFFF\uFFFF\uFFFF\uFFFF‘’“”•–—\uFFFF™\uFFFF›\uFFFF\uFFFF\uFFFF\uFFFF'),
  // 0xA0–0xBF
  ...chars('\u00A0΅Ά£¤¥¦§¨©\uFFFF«¬\u00AD®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏ'),
  // 0xC0–0xFE are U+0390–U+03CE, except 0xD2; 0xFF is undefined
  ...range(0x390, 0x3a1),
  null,
  ...range(0x3a3, 0x3ce),
  null,
];
