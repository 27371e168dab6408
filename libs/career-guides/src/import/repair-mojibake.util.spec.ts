import { expect } from 'expect';
import { describe, it } from 'node:test';
import { encodeAsMojibake } from './__fixtures__/encode-as-mojibake';
import { repairMojibake } from './repair-mojibake.util';
import { WINDOWS_1252, WINDOWS_1253 } from './single-byte-codepages';
import { UnrepairableMojibakeError } from './unrepairable-mojibake.error';

const SAMPLE = 'Growth 📈 — it’s “fast”, café, naïve, 🇺🇸 ✅ ❌ • 70,000–130,000 › Ελληνικά ❤️';

describe('repairMojibake', () => {
  describe('code page tables', () => {
    it('matches the Windows-1252 assignments of bytes 0x80–0x9F', () => {
      const known = '€_‚ƒ„…†‡ˆ‰Š‹Œ_Ž__‘’“”•–—˜™š›œ_žŸ';
      expect(
        WINDOWS_1252.slice(0, 32)
          .map((char) => char ?? '_')
          .join(''),
      ).toBe(known);
      expect(WINDOWS_1252.slice(32).join('')).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
    });

    it('matches the platform Windows-1253 decoder for every byte it defines', () => {
      const decoder = new TextDecoder('windows-1253');
      WINDOWS_1253.forEach((char, i) => {
        const platform = decoder.decode(Uint8Array.of(0x80 + i));
        const undefinedThere = platform === '\uFFFD' || platform.charCodeAt(0) < 0xa0 || platform === 'ª';
        expect([0x80 + i, char ?? 'undefined']).toEqual([0x80 + i, undefinedThere ? 'undefined' : platform]);
      });
    });
  });

  describe('clean text', () => {
    it('passes through untouched, including emoji, curly quotes, dashes and Greek', () => {
      expect(repairMojibake(SAMPLE)).toEqual({ text: SAMPLE, repaired: false });
    });

    it('leaves real Greek alone, even where two letters look like a Greek mojibake pair', () => {
      const greek = 'Η μαθήτρια της Γ’ Λυκείου έγραψε: «Ο προγραμματιστής — αν και κουρασμένος — τα κατάφερε».';
      expect(repairMojibake(greek)).toEqual({ text: greek, repaired: false });
    });

    it('leaves Western European text alone, even next to quotes and dashes', () => {
      const western = 'Der „Straße“ folgt daß“ — à la carte, São Paulo, NÃO, Ærø, ½ °C, Ø 10 mm';
      expect(repairMojibake(western)).toEqual({ text: western, repaired: false });
    });
  });

  describe('Windows-1252 mojibake', () => {
    it('repairs the classic sequences', () => {
      expect(repairMojibake('â€” â€™ Ã© ðŸ“ˆ').text).toBe('— ’ é 📈');
    });

    it('repairs a whole text and reports it', () => {
      expect(repairMojibake(encodeAsMojibake(SAMPLE, 'windows-1252'))).toEqual({ text: SAMPLE, repaired: true });
    });

    it('repairs an em dash whose closing byte was straightened to a plain quote', () => {
      expect(repairMojibake('fast â€" and cheap').text).toBe('fast — and cheap');
    });

    it('repairs text garbled twice', () => {
      const twice = encodeAsMojibake(encodeAsMojibake('it’s — done 📈', 'windows-1252'), 'windows-1252');
      expect(repairMojibake(twice).text).toBe('it’s — done 📈');
    });

    it('keeps the clean parts of a half-garbled text as they are', () => {
      expect(repairMojibake('It’s clean — then itâ€™s not').text).toBe('It’s clean — then it’s not');
    });
  });

  describe('Windows-1253 mojibake', () => {
    it('repairs the Greek sequences as seen in the wild', () => {
      expect(repairMojibake('β€” πŸ“ˆ β€™').text).toBe('— 📈 ’');
    });

    it('repairs an em dash with a straightened closing quote', () => {
      expect(repairMojibake('growth β€" fast').text).toBe('growth — fast');
    });

    it('repairs a whole text decoded as Windows-1253', () => {
      expect(repairMojibake(encodeAsMojibake(SAMPLE, 'windows-1253'))).toEqual({ text: SAMPLE, repaired: true });
    });
  });

  describe('unrepairable mojibake', () => {
    const refused: [string, string][] = [
      ['an em dash that lost its last byte', 'demand is â€ high'],
      ['an emoji cut short', 'growth ðŸ“ rate'],
      ['a Greek dash that lost its last byte', 'demand β€ high'],
      ['a replacement character', 'caf\uFFFD au lait'],
      ['a stray C1 control character', 'salary\u0085range'],
      ['a pair that decodes to a control character', 'price Â€10'],
    ];
    for (const [what, text] of refused) {
      it(`refuses ${what}`, () => {
        expect(() => repairMojibake(text)).toThrow(UnrepairableMojibakeError);
      });
    }

    it('names the place of the damage in the error', () => {
      expect(() => repairMojibake('The demand is â€ high')).toThrow(/could not be repaired, near ".*demand is â€ high"/);
    });
  });
});
