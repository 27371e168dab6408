import fc from 'fast-check';
import { FuzzOperation, FuzzParam, JsonSchema, operationName } from './fuzz-operation';
import { FuzzRequest, Identity, kindOfTarget } from './fuzz-request';
import { hostileJsonValue, hostileString, ODD_CONTENT_TYPES, RAW_JSON_BODIES, rawUrlComponent } from './hostile-values';
import { fromPool, KnownValues, validValue } from './schema-values';
import { encodeComponent } from './url-encoding';
import { withChance } from './with-chance';

/**
 * Requests that would end the fuzzing identity itself are sent anonymously only: judged by the method and path
 * as sent, since an odd method turns `GET /v1/me` into the account's deletion too.
 */
const IDENTITY_ENDING = new Set(['DELETE /v1/me']);
const endsIdentity = (method: string, target: string) => IDENTITY_ENDING.has(`${method.toUpperCase()} ${target.split('?')[0]}`);

const ODD_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND', 'PURGE', 'SEARCH', 'LOCK', 'get'];

const ODD_HEADERS: ReadonlyArray<Record<string, string>> = [
  { accept: 'text/html' },
  { accept: 'application/xml' },
  { accept: 'garbage/;;' },
  { accept: 'text/html;q=0.9, application/problem+json;q=1' },
  { 'accept-language': 'de-DE, *;q=0.1, ' + 'x'.repeat(200) },
  { authorization: 'Bearer ' },
  { authorization: 'Bearer a.b.c' },
  { authorization: 'Basic Zm9vOmJhcg==' },
  // alg "none", claims of an admin
  {
    authorization:
      'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4ifQ.',
  },
  { authorization: 'Bearer ' + 'x'.repeat(4000) },
  { 'x-request-id': '../../etc<script>' },
  { 'x-request-id': 'x'.repeat(300) },
  { origin: 'https://evil.example' },
  { origin: 'null' },
  { 'x-forwarded-for': 'garbage, 1.1.1.1, ::1' },
  { 'content-encoding': 'gzip' },
  { 'content-encoding': 'br, identity, x' },
  { 'x-http-method-override': 'DELETE' },
  { 'if-none-match': '*' },
  { range: 'bytes=999999999-' },
  { cookie: 'session=' + 'a'.repeat(500) + '; __proto__=x' },
  { 'user-agent': '() { :; }; echo vulnerable' },
];

const segmentBefore = (path: string, name: string): string => {
  const parts = path.split('/');
  const at = parts.indexOf(`{${name}}`);
  return at > 0 ? parts[at - 1]! : '';
};

const asQueryValue = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** One path parameter, encoded: a value of the route's own rows or of its schema, a hostile string, or a raw escape. */
function pathValue(operation: FuzzOperation, param: FuzzParam, known: KnownValues): fc.Arbitrary<string> {
  const sensible = fromPool(
    known,
    segmentBefore(operation.path, param.name),
    validValue(param.schema, param.name, known).map((value) => asQueryValue(value) || 'x'),
  );
  return fc.oneof(
    { weight: 6, arbitrary: sensible.map(encodeComponent) },
    { weight: 2, arbitrary: hostileString.map((value) => encodeComponent(value) || '%20') },
    { weight: 1, arbitrary: rawUrlComponent },
  );
}

/** `key=value` pairs, encoded. Arrays become repeated keys (as `?tag=a&tag=b`). */
function queryPairs(param: FuzzParam, known: KnownValues): fc.Arbitrary<string[]> {
  const key = encodeComponent(param.name);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: validValue(param.schema, param.name, known).map((value) =>
        (Array.isArray(value) ? value : [value]).map((item) => `${key}=${encodeComponent(asQueryValue(item))}`),
      ),
    },
    { weight: 2, arbitrary: hostileString.map((value) => [`${key}=${encodeComponent(value)}`]) },
    { weight: 1, arbitrary: rawUrlComponent.map((raw) => [`${key}=${raw}`]) },
    { weight: 1, arbitrary: fc.constantFrom<string[]>([key], [`${key}=`], [`${key}=1`, `${key}=2`], [`${key}[]=1`], [`${key}[a]=1`]) },
  );
}

function queryArb(operation: FuzzOperation, known: KnownValues): fc.Arbitrary<string> {
  const declared = operation.params
    .filter((param) => param.in === 'query')
    .map((param) => (param.required ? queryPairs(param, known) : withChance(0.4, queryPairs(param, known), [] as string[])));
  const extra = withChance(
    0.12,
    fc.oneof(
      hostileString.map((name) => [`${encodeComponent(name)}=1`]),
      fc.constantFrom(['__proto__[x]=1'], ['constructor=1'], ['unknown=1'], ['&&&'], ['='], ['a=' + 'b'.repeat(9000)]),
    ),
    [] as string[],
  );
  return fc.tuple(fc.tuple(...declared), extra).map(([pairs, more]) => {
    const all = [...pairs.flat(), ...more];
    return all.length > 0 ? `?${all.join('&')}` : '';
  });
}

/** Replaces, adds or removes one member somewhere in a JSON value. */
function mutateAt(value: unknown, replacement: unknown, pick: number, mode: 'replace' | 'add' | 'delete'): unknown {
  const copy = structuredClone(value);
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const visit = (node: unknown) => {
    if (node && typeof node === 'object') {
      containers.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(copy);
  if (containers.length === 0) return replacement;
  const target = containers[pick % containers.length]!;
  const keys = Object.keys(target);
  if (mode === 'add' || keys.length === 0) {
    if (Array.isArray(target)) target.push(replacement);
    else target[`unknownField${pick % 7}`] = replacement;
  } else {
    const key = keys[pick % keys.length]!;
    if (mode === 'delete') delete (target as Record<string, unknown>)[key];
    else (target as Record<string, unknown>)[key] = replacement;
  }
  return copy;
}

function jsonBody(schema: JsonSchema | undefined, known: KnownValues): fc.Arbitrary<{ body: string | Buffer; contentType?: string }> {
  const valid = validValue(schema ?? { type: 'object' }, 'body', known);
  const json = (value: unknown) => ({ body: JSON.stringify(value) ?? 'null' });
  return fc.oneof(
    { weight: 4, arbitrary: valid.map(json) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valid, hostileJsonValue, fc.nat(), fc.constantFrom('replace' as const, 'add' as const, 'delete' as const))
        .map(([value, replacement, pick, mode]) => json(mutateAt(value, replacement, pick, mode))),
    },
    { weight: 1, arbitrary: hostileJsonValue.map(json) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_JSON_BODIES).map((body) => ({ body })) },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.constantFrom(...ODD_CONTENT_TYPES)).map(([value, contentType]) => ({ ...json(value), contentType })),
    },
  );
}

const textBody = fc.oneof(
  fc.lorem({ mode: 'sentences', maxCount: 20 }),
  hostileString,
  fc.constantFrom('# Title\n\n## Section\n' + 'line\n'.repeat(5000), '\u0000'.repeat(100), '---\n' + '#'.repeat(10_000)),
);

function bodyArb(operation: FuzzOperation, known: KnownValues): fc.Arbitrary<{ body?: string | Buffer; contentType?: string }> {
  const declared = operation.body;
  if (!declared) {
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method)) return fc.constant({});
    return withChance(0.2, jsonBody(undefined, known), {}).map((body) => ({ contentType: 'application/json', ...body }));
  }
  const type = declared.contentTypes[0]!;
  if (!/json/.test(type)) {
    return fc.tuple(fc.constantFrom(...declared.contentTypes), textBody).map(([contentType, body]) => ({ contentType, body }));
  }
  return jsonBody(declared.schema, known).map((body) => ({ contentType: type, ...body }));
}

function identityArb(operation: FuzzOperation): fc.Arbitrary<Identity> {
  if (endsIdentity(operation.method, operation.path)) return fc.constant('anonymous');
  if (!operation.authenticated) return fc.constantFrom<Identity>('anonymous', 'anonymous', 'anonymous', 'seeker', 'admin');
  if (/\/admin(\/|$)/.test(operation.path)) return fc.constantFrom<Identity>('admin', 'admin', 'admin', 'seeker', 'anonymous');
  return fc.constantFrom<Identity>('seeker', 'seeker', 'admin', 'anonymous');
}

const PATH_MUTATIONS: ReadonlyArray<(path: string) => string> = [
  (path) => `${path}/`,
  (path) => `/${path}`,
  (path) => path.toUpperCase(),
  (path) => `${path}/..`,
  (path) => `${path}/%2e%2e/%2e%2e`,
  (path) => `${path};jsessionid=x`,
  (path) => path.replace(/\//g, '//'),
  (path) => `${path}/${'x'.repeat(3000)}`,
  (path) => path.replace(/^\/v1/, '/v2'),
  (path) => path.replace(/^\/v1/, ''),
];

/** Requests for one operation: its parameters and body valid-looking, malformed or hostile, as one of the three identities. */
export function httpRequestArbitrary(operation: FuzzOperation, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.params.filter((param) => param.in === 'path');
  const path = fc.tuple(...pathParams.map((param) => pathValue(operation, param, known))).map((values) => {
    let filled = operation.path;
    pathParams.forEach((param, i) => (filled = filled.replace(`{${param.name}}`, values[i]!)));
    return filled;
  });
  const headerParams = operation.params.filter((param) => param.in === 'header');
  const declaredHeaders = fc
    .tuple(...headerParams.map(() => fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), fc.constant('t=1,v1=00'))))
    .map((values) => Object.fromEntries(headerParams.map((param, i) => [param.name.toLowerCase(), values[i]!])));
  return fc
    .record({
      identity: identityArb(operation),
      path: fc.tuple(path, withChance(0.05, fc.constantFrom(...PATH_MUTATIONS), undefined)).map(([p, mutate]) => (mutate ? mutate(p) : p)),
      query: queryArb(operation, known),
      body: bodyArb(operation, known),
      method: withChance(0.04, fc.constantFrom(...ODD_METHODS), undefined),
      declaredHeaders,
      oddHeaders: withChance(0.12, fc.constantFrom(...ODD_HEADERS), {}),
    })
    .map(({ identity, path: filledPath, query, body, method, declaredHeaders: declared, oddHeaders }) => ({
      channel: 'http' as const,
      kind: kindOfTarget(filledPath),
      operation: operationName(operation),
      identity: endsIdentity(method ?? operation.method, filledPath) ? ('anonymous' as const) : identity,
      method: method ?? operation.method,
      target: filledPath + query,
      headers: {
        ...declared,
        ...(body.contentType !== undefined && body.body !== undefined ? { 'content-type': body.contentType } : {}),
        ...oddHeaders,
      },
      body: body.body,
    }));
}
