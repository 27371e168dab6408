import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isPdf } from './is-pdf.util';

describe('isPdf', () => {
  it('accepts the PDF header and trailer, with whitespace after the trailer', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n1 0 obj\n%%EOF'))).toBe(true);
    expect(isPdf(Buffer.from('%PDF-1.4 x %%EOF\r\n  \n'))).toBe(true);
  });

  it('refuses bytes without the header, without the trailer, or with more after it', () => {
    expect(isPdf(Buffer.from('<html>%%EOF'))).toBe(false);
    expect(isPdf(Buffer.from('%PDF-1.7 no trailer'))).toBe(false);
    expect(isPdf(Buffer.from('%PDF-1.7 %%EOF<script>'))).toBe(false);
    expect(isPdf(Buffer.from(''))).toBe(false);
  });
});
