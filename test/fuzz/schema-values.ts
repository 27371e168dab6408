import fc from 'fast-check';
import { encodeCursor } from '@app/common';
import { JsonSchema } from './fuzz-operation';
import { hostileJsonValue, ODD_DATES } from './hostile-values';

/** Ids, slugs and cursors of rows that exist in the fuzzed database, by pool name (`jobs`, `guides`, …). */
export type KnownValues = Record<string, readonly string[]>;

const SEARCH_WORDS = ['engineer', 'remote', 'backend', 'rust', 'kubernetes', '"senior engineer"', '-java', 'python', 'data', 'go', 'or'];
/** websearch syntax at its edges: bare operators, unclosed quotes, long runs of negations. */
const SEARCH_OPERATORS = ['-', '--', '"', '""', '- -', '-"', 'or or', '!', '(', '*', ':', '-'.repeat(33), '- '.repeat(33)];

const fitLength = (schema: JsonSchema) => (value: string) => {
  const min = schema.minLength ?? 0;
  const padded = value.length < min ? value.padEnd(min, 'x') : value;
  return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
};

export function fromPool(known: KnownValues, pool: string, fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const values = known[pool] ?? [];
  return values.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fallback }) : fallback;
}

/** Cursors: ones the server issued, forged ones (the MAC key is in the source) over hostile positions, and junk. */
export function cursorValue(known: KnownValues): fc.Arbitrary<string> {
  const position = fc.dictionary(
    fc.constantFrom('createdAt', 'id', 'publishedAt', 'featured', 'rank', 'position', 'at'),
    hostileJsonValue,
    {
      maxKeys: 4,
    },
  );
  return fc.oneof(
    fromPool(known, 'cursors', fc.constant('bm90LWEtY3Vyc29y.AAAAAAAAAAAAAAAA')),
    position.map((value) => encodeCursor(value)),
    fc.constantFrom('', '.', '..', 'a.b.c', 'eyJ9.x', '%00', 'x'.repeat(600)),
    fc.base64String({ maxLength: 64 }),
  );
}

function stringValue(schema: JsonSchema, name: string, known: KnownValues): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fromPool(known, 'ids', fc.uuid());
  if (schema.format === 'cursor' || name === 'cursor') return cursorValue(known);
  if (schema.format === 'token' || /token$/i.test(name))
    return fc.oneof(fc.base64String({ maxLength: 80 }), fc.constant('a.b.c'), fc.uuid());
  if (schema.format === 'email' || /email$/i.test(name))
    return fc.oneof(fc.emailAddress(), fc.constantFrom('ADA@Example.com', 'a@b', '@', 'a@b.c'.repeat(60)));
  if (schema.format === 'date-time' || /(?:[sS]ince|At)$/.test(name)) {
    return fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.constantFrom(...ODD_DATES),
    );
  }
  if (/url$/i.test(name))
    return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'http://127.0.0.1:1/', 'ftp://x', 'not a url'));
  if (/timezone$/i.test(name)) return fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Mars/Olympus', 'utc', '+02:00');
  if (/currency$/i.test(name)) return fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'XXX', 'usd');
  if (name === 'region') return fc.constantFrom('Anywhere', 'anywhere', 'Europe', 'USA', 'Mars');
  if (name === 'q') {
    const term = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SEARCH_WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...SEARCH_OPERATORS) },
    );
    return fc.array(term, { minLength: 1, maxLength: 4 }).map((terms) => terms.join(' ').slice(0, schema.maxLength ?? 200));
  }
  if (/password$/i.test(name)) return fc.string({ minLength: 10, maxLength: 40 });
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map(fitLength(schema));
    } catch {
      // A pattern JS cannot read is fuzzed as free text.
    }
  }
  return fc.lorem({ maxCount: 4 }).map(fitLength(schema));
}

function numberValue(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? 0;
  const max = schema.maximum ?? Math.max(min, 1000) * 10;
  return schema.type === 'integer' || Number.isInteger(min)
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
}

/** A value that follows the schema (and the field's name, where the schema says little): what a sensible client sends. */
export function validValue(schema: JsonSchema, name: string, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  const inner = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (inner) return validValue({ ...inner, nullable: schema.nullable }, name, known, depth);
  const value = ((): fc.Arbitrary<unknown> => {
    if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        return stringValue(schema, name, known);
      case 'integer':
      case 'number':
        return numberValue(schema);
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const maxLength = Math.min(schema.maxItems ?? 3, 3);
        return fc.array(validValue(schema.items ?? {}, name, known, depth + 1), {
          minLength: Math.min(schema.minItems ?? 0, maxLength),
          maxLength,
        });
      }
      case 'object':
        if (schema.properties && depth < 6) return objectValue(schema, known, depth);
        // Declared `object` without properties: the document does not know the type; try the usual scalars.
        return fc.oneof(fc.lorem({ maxCount: 2 }), fc.integer({ min: 0, max: 200_000 }), fc.constant(null));
      default:
        return fc.oneof(fc.lorem({ maxCount: 2 }), fc.integer(), fc.boolean());
    }
  })();
  return schema.nullable ? fc.option(value, { freq: 6, nil: null }) : value;
}

function objectValue(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const shape = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, validValue(property, key, known, depth + 1)]));
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}
