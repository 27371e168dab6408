import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { asContractSchema } from './contract-schema.util';
import { DocumentedOperation, DocumentedResponse, OperationIndex } from './match-operation.util';

/** One request and its response, as the e2e HTTP client saw them. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

const DOCUMENT_ID = 'openapi.json';
const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const mediaTypeOf = (headers: Headers) => (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/** Ajv's errors, less the noise of a nullable object's `anyOf [schema, null]` (its null branch and summary). */
function describe(errors: ErrorObject[]): string {
  const nullBranch = (error: ErrorObject) => error.keyword === 'type' && (error.params as { type?: string }).type === 'null';
  return errors
    .filter((error) => error.keyword !== 'anyOf' && !nullBranch(error))
    .map((error) => {
      const extra =
        error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
      return `${error.instancePath || '/'} ${error.message}${extra}`;
    })
    .join('; ');
}

/**
 * The OpenAPI document as a contract: each response to one of its operations must have a documented status,
 * a documented media type, its required headers, and a body valid against the schema (Ajv). Responses to
 * anything that is not an operation of the document (pages, /docs, /health, /metrics) are not checked.
 * Validators are compiled once, on first use.
 */
export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly operations: OperationIndex;
  private readonly validators = new Map<string, ValidateFunction>();

  /** `document`: an OpenAPI 3.0 document (as served, or as generateOpenApiDocument builds it). */
  constructor(document: object) {
    this.ajv = new Ajv({ strict: false, allErrors: true, formats: { password: true } });
    addFormats(this.ajv);
    this.ajv.addSchema(asContractSchema(document), DOCUMENT_ID);
    this.operations = new OperationIndex((document as { paths: Record<string, Record<string, unknown>> }).paths);
  }

  operationFor(method: string, path: string): DocumentedOperation | undefined {
    return this.operations.find(method, path);
  }

  /** What is wrong with an exchange, or undefined when it keeps the contract (or is no operation of the document). */
  violation(exchange: Exchange): string | undefined {
    const operation = this.operations.find(exchange.method, exchange.path);
    if (!operation) return undefined;
    const where = `${operation.operationId} (${operation.method} ${operation.path}) answered ${exchange.status}`;
    const key = String(exchange.status);
    const response = operation.responses[key] ?? operation.responses[`${key[0]}XX`] ?? operation.responses.default;
    if (!response) return `${where}, a status the document does not list (${Object.keys(operation.responses).join(', ')})`;
    const problem = this.responseViolation(operation, key, response, exchange);
    return problem ? `${where}: ${problem}` : undefined;
  }

  /** Errors of a value against a named component schema (`ListingItemDto`), with closed objects as in `violation`. */
  schemaErrors(componentName: string, value: unknown): string | undefined {
    const validate = this.validator(pointer('components', 'schemas', componentName));
    return validate(value) ? undefined : describe(validate.errors ?? []);
  }

  private responseViolation(operation: DocumentedOperation, status: string, response: DocumentedResponse, exchange: Exchange) {
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required && !exchange.headers.has(name)) return `without its required ${name} header`;
    }
    const content = response.content ?? {};
    const mediaType = mediaTypeOf(exchange.headers);
    if (Object.keys(content).length === 0) return exchange.text === '' ? undefined : `a body where the document has none (${mediaType})`;
    if (!(mediaType in content)) return `${mediaType || 'no content type'}, not ${Object.keys(content).join(' or ')}`;
    if (!isJson(mediaType) || !content[mediaType]!.schema) return undefined;
    const validate = this.validator(
      pointer('paths', operation.path, operation.method.toLowerCase(), 'responses', status, 'content', mediaType, 'schema'),
    );
    return validate(exchange.body) ? undefined : `a body the document refuses: ${describe(validate.errors ?? [])}`;
  }

  private validator(path: string): ValidateFunction {
    let validate = this.validators.get(path);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${path}` });
      this.validators.set(path, validate);
    }
    return validate;
  }
}
