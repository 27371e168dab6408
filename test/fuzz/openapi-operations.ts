import { FuzzOperation, FuzzParam, JsonSchema } from './fuzz-operation';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const MAX_REF_DEPTH = 8;

type Document = {
  paths?: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, JsonSchema> };
  security?: unknown[];
};

/** Inlines `$ref`s (to a bounded depth, so recursive schemas end) and drops what the fuzzer does not read. */
function resolve(schema: any, document: Document, depth = 0): JsonSchema {
  if (!schema || typeof schema !== 'object' || depth > MAX_REF_DEPTH) return {};
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/components\/schemas\//, '');
    return resolve(document.components?.schemas?.[name], document, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  if (schema.items) out.items = resolve(schema.items, document, depth + 1);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, document, depth + 1)]),
    );
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) out[key] = schema[key].map((part: unknown) => resolve(part, document, depth + 1));
  }
  return out;
}

function paramOf(raw: any, document: Document): FuzzParam | undefined {
  if (!raw || typeof raw.name !== 'string' || !['path', 'query', 'header'].includes(raw.in)) return undefined;
  const schema = raw.schema ? resolve(raw.schema, document) : {};
  return {
    name: raw.name,
    in: raw.in,
    required: raw.in === 'path' || raw.required === true,
    schema: schema.type ? schema : { ...schema, type: 'string' },
  };
}

/** Every operation of the document, as served. Missing schemas are tolerated: such a part is fuzzed by name and type alone. */
export function operationsFromOpenApi(document: Document): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const shared = (item.parameters ?? []) as unknown[];
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const params = [...shared, ...(operation.parameters ?? [])].map((p) => paramOf(p, document)).filter((p): p is FuzzParam => !!p);
      // A template parameter the document forgot still gets a value.
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!params.some((p) => p.in === 'path' && p.name === name))
          params.push({ name: name!, in: 'path', required: true, schema: { type: 'string' } });
      }
      const content = operation.requestBody?.content as Record<string, { schema?: unknown }> | undefined;
      const contentTypes = Object.keys(content ?? {});
      const firstSchema = contentTypes.map((type) => content![type]!.schema).find(Boolean);
      operations.push({
        kind: 'api',
        method: method.toUpperCase(),
        path,
        params,
        body: contentTypes.length > 0 ? { contentTypes, schema: firstSchema ? resolve(firstSchema, document) : undefined } : undefined,
        authenticated: (operation.security ?? document.security ?? []).length > 0,
      });
    }
  }
  return operations;
}
