export interface DocumentedOperation {
  operationId: string;
  method: string;
  /** The path template as the document has it: `/v1/jobs/{idOrSlug}`. */
  path: string;
  responses: Record<string, DocumentedResponse>;
}

export interface DocumentedResponse {
  content?: Record<string, { schema?: object }>;
  headers?: Record<string, { required?: boolean }>;
}

interface Route {
  operation: DocumentedOperation;
  pattern: RegExp;
  /** Static segments first, as Fastify routes: `/v1/jobs/feed.rss` wins over `/v1/jobs/{idOrSlug}`. */
  rank: number[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the document's operation for a request, the way the router does; undefined for anything else (pages, /docs, /health). */
export class OperationIndex {
  private readonly routes: Route[];

  constructor(paths: Record<string, Record<string, unknown>>) {
    this.routes = Object.entries(paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => {
        const segments = path.split('/').slice(1);
        const source = segments.map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : escape(segment))).join('/');
        const operation = item[method] as { operationId: string; responses: Record<string, DocumentedResponse> };
        return {
          operation: { operationId: operation.operationId, method: method.toUpperCase(), path, responses: operation.responses },
          pattern: new RegExp(`^/${source}$`),
          rank: segments.map((segment) => (segment.startsWith('{') ? 0 : 1)),
        };
      }),
    );
  }

  find(method: string, url: string): DocumentedOperation | undefined {
    const path = url.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
    const candidates = this.routes.filter((route) => route.operation.method === method.toUpperCase() && route.pattern.test(path));
    candidates.sort((a, b) => compareRanks(b.rank, a.rank));
    return candidates[0]?.operation;
  }
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
