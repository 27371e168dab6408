const HEADER = Buffer.from('%PDF-');
const TRAILER = Buffer.from('%%EOF');
const TRAILING_WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** Whether the bytes are a PDF by their own marks: the `%PDF-` header and an `%%EOF` trailer (then only whitespace). */
export function isPdf(bytes: Buffer): boolean {
  if (bytes.length < HEADER.length + TRAILER.length || !bytes.subarray(0, HEADER.length).equals(HEADER)) return false;
  let end = bytes.length;
  while (end > 0 && TRAILING_WHITESPACE.has(bytes[end - 1]!)) end--;
  return end >= TRAILER.length && bytes.subarray(end - TRAILER.length, end).equals(TRAILER);
}
