/** The part of JSON Schema (as OpenAPI 3.0 writes it) the fuzzer reads; anything else is ignored. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  nullable?: boolean;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

export interface FuzzParam {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

/**
 * One route the fuzzer sends requests to: an API operation of the OpenAPI document (`api`: errors must be
 * problem+json) or a page (`page`: every answer must be HTML, the error page for errors).
 */
export interface FuzzOperation {
  kind: 'api' | 'page';
  method: string;
  /** Path template with `{name}` placeholders, as OpenAPI writes it. */
  path: string;
  params: FuzzParam[];
  body?: { contentTypes: string[]; schema?: JsonSchema };
  authenticated: boolean;
}

export const operationName = (operation: Pick<FuzzOperation, 'method' | 'path'>): string => `${operation.method} ${operation.path}`;
