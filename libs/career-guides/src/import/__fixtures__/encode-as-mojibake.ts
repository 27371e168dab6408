import { WINDOWS_1252 } from '../single-byte-codepages';

/**
 * Test helper: what a page shows when its UTF-8 bytes are decoded with a single-byte code page. Bytes
 * the code page leaves undefined come out as the C1 control of the same number, as browsers do.
 */
export function encodeAsMojibake(text: string, codePage: 'windows-1252' | 'windows-1253'): string {
  const bytes = Buffer.from(text, 'utf8');
  if (codePage === 'windows-1253') return new TextDecoder('windows-1253').decode(bytes);
  // Node's TextDecoder treats the windows-1252 label as Latin-1, so 1252 goes through the table.
  return Array.from(bytes, (byte) =>
    byte < 0x80 ? String.fromCharCode(byte) : (WINDOWS_1252[byte - 0x80] ?? String.fromCharCode(byte)),
  ).join('');
}
