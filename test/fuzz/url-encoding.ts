const UNRESERVED = /[A-Za-z0-9\-._~]/;

const percent = (bytes: Iterable<number>) => [...bytes].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * Percent-encodes any JS string, also one `encodeURIComponent` refuses: a lone surrogate is sent as the
 * three bytes UTF-8 would give it (CESU-8, invalid UTF-8), which is how a client smuggles one into a URL.
 */
export function encodeComponent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (UNRESERVED.test(char)) {
      out += char;
    } else if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += percent(Buffer.from(value.slice(i, i + 2)));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += percent([0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]);
    } else {
      out += percent(Buffer.from(char));
    }
  }
  return out;
}

/** Best-effort decoding of a path or query as sent, for comparing a response with what the request said. */
export function decodeLoosely(value: string): string {
  return value.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
