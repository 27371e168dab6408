import fc from 'fast-check';

/*
 * Hostile values. None of them spells a leak signature of oracle.ts (no "SELECT … FROM", no stack frame,
 * no file path): a value the admin stores comes back in later responses, and must not look like a leak.
 */

const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).concat('\u007f');

export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'a\u0000b',
  'nul at the end\u0000',
  ...CONTROL.filter((c) => c !== '\u0000'),
  '\u0001\u0002\u001f\u007f',
  '\u0085\u009f', // C1 controls
  '\u2028\u2029', // line and paragraph separators
  '\ud800', // lone high surrogate
  'x\udfff', // lone low surrogate
  '\udfff\ud800', // reversed pair
  '\ud83d', // half an emoji
  '\ufffe\uffff', // noncharacters
  '\ufeffbom',
  '\u202egnp.exe', // right-to-left override
  'zero\u200bwidth',
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  '👩‍💻🏳️‍🌈',
  '𝕏'.repeat(300),
  'ǅ ß İ ı ﬁ', // case-mapping oddities
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '....//....//',
  '/etc/passwd\u0000.png',
  'file:///etc/passwd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  ']]><x>&amp;&lt;',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '{{7*7}}${7*7}<%= 7*7 %>',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  "\\'; --",
  'a:* & !b | (c <-> d)',
  '-'.repeat(40), // more negations in a row than Postgres's tsquery parser stacks
  '- '.repeat(40) + 'rust',
  '-!'.repeat(40),
  '!!!&&&|||',
  '"unclosed phrase',
  '-',
  '-"-"-',
  '* ? [ ] ( ) { } ^ $ . | +',
  '%s%n%x%d',
  '\\',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  '0.' + '0'.repeat(400) + '1',
  '',
  ' ',
  '\t\n\r',
  '__proto__',
  'constructor',
  'x'.repeat(256),
  'x'.repeat(10_001),
  'é'.repeat(5_000),
];

/** Date-like strings that strict ISO 8601 checks may admit but JavaScript's Date cannot read, or Postgres cannot store. */
export const ODD_DATES: readonly string[] = [
  '20260131',
  '2026-W05',
  '2026-W05-3',
  '2026-031',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '-4714-01-01',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1970-01-01T00:00:00+99:99',
  '1970-01-01T24:00:00Z',
  '2026-01-31T10:00:00.123456789Z',
];

/** Strings of UTF-16 code units: controls, surrogates (paired or not), noncharacters. */
const unitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 });
const controlString = fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 8 });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: unitString },
  { weight: 1, arbitrary: controlString },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.lorem({ maxCount: 2 }), fc.constantFrom(...HOSTILE_STRINGS), fc.lorem({ maxCount: 2 }))
      .map((parts) => parts.join(' ')),
  },
);

/**
 * Already percent-encoded URL components that no encoder produces: overlong UTF-8, CESU-8 surrogates, bytes
 * beyond U+10FFFF, truncated sequences, broken escapes, double encoding, encoded traversal and CRLF.
 */
export const RAW_URL_COMPONENTS: readonly string[] = [
  '%00',
  'a%00b',
  '%C0%80', // overlong NUL
  '%C0%AE%C0%AE%2F', // overlong "../"
  '%E0%80%AF', // overlong "/"
  '%ED%A0%80', // CESU-8 lone surrogate
  '%ED%B0%80%ED%A0%80',
  '%F4%90%80%80', // beyond U+10FFFF
  '%F0%90%80', // truncated 4-byte sequence
  '%FF%FE',
  '%80',
  '%zz',
  '%',
  '%2',
  '%%',
  '%u0000',
  '%252e%252e%252f',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%2F',
  '%5C..%5C',
  '%0D%0ASet-Cookie:%20x=y',
  '%0A',
  '%7F',
  '+',
  '%20',
  '%EF%BB%BF',
  '%3Cscript%3E',
  'a;b=c',
];

export const rawUrlComponent: fc.Arbitrary<string> = fc.constantFrom(...RAW_URL_COMPONENTS);

const nested = (depth: number, open: string, close: string, inner = '1') => open.repeat(depth) + inner + close.repeat(depth);

/** JSON values of the wrong kind for any field: every type, extreme numbers, prototype keys, nesting, size. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      -0.000001,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      Number.MIN_SAFE_INTEGER - 2,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 63,
      [],
      {},
      [null],
      [[[[]]]],
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
      JSON.parse(nested(64, '[', ']')),
      JSON.parse(nested(40, '{"a":', '}')),
      Array.from({ length: 2_000 }, (_, i) => i),
      Array.from({ length: 200 }, () => 'x'.repeat(100)),
    ),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
);

/** Raw bodies sent as JSON that are not: broken syntax, huge literals, deep nesting, odd encodings. */
export const RAW_JSON_BODIES: readonly (string | Buffer)[] = [
  '',
  '{',
  '{"a":',
  '{"a" 1}',
  "{'a': 1}",
  '[1,2,]',
  '{"a":1}{"b":2}',
  'null',
  'true',
  '0',
  '"string"',
  '[]',
  '{"a":1e999999}',
  '{"a":' + '9'.repeat(5_000) + '}',
  '{"a":-0}',
  '{"a":NaN}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"a":"\\uZZZZ"}',
  '{"a":"\u0001raw control"}',
  '\ufeff{"a":1}',
  nested(10_000, '[', ']'),
  nested(50_000, '{"a":', '}'),
  '[' + Array.from({ length: 100_000 }, () => '0').join(',') + ']',
  '{' + Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',') + '}',
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xae, 0x22, 0x7d]), // {"a":"<overlong .>"}
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // CESU-8 surrogate
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), // UTF-16LE with BOM
  Buffer.from([0x1f, 0x8b, 0x08, 0x00]), // gzip magic
];

/** Content types that do not match the body, or are barely content types. */
export const ODD_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/markdown',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json;;;',
  'APPLICATION/JSON',
  'application/merge-patch+json',
  'application/problem+json',
  'application/octet-stream',
  'json',
  '*/*',
  '',
  'text/plain; charset=\u00ff',
];
