type Schema = Record<string, unknown>;

/**
 * The document's schemas as Ajv should read them for a contract test:
 * - OpenAPI 3.0's `nullable` on a composed schema (`{ nullable, allOf: [{ $ref }] }`, how Nest writes a nullable
 *   object) becomes `anyOf [schema, null]`, as generated clients read it (Ajv alone would refuse the null);
 * - an object schema that lists its `properties` is closed (`additionalProperties: false`) unless it says
 *   otherwise, so a field the code sends but the document does not describe fails the test: a generated
 *   client would not know it, and the document has drifted from the code.
 */
export function asContractSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map(asContractSchema) as T;
  if (node === null || typeof node !== 'object') return node;
  const schema: Schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, asContractSchema(value)]));
  if (schema.properties && typeof schema.properties === 'object' && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  if (schema.nullable === true && (schema.type === undefined || schema.allOf || schema.oneOf || schema.anyOf || schema.$ref)) {
    const { nullable: _nullable, ...rest } = schema;
    return { anyOf: [rest, { type: 'null' }] } as T;
  }
  return schema as T;
}
