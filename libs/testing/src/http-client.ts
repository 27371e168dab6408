import { OpenApiContract, servedContract } from './contract';

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  token?: string;
}

/** Where the client finds the contract its responses are held to; null checks nothing. */
export type ContractSource = ((baseUrl: string) => Promise<OpenApiContract>) | null;

/** A response that breaks the OpenAPI contract: fails the test that made the call. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

/**
 * A tiny HTTP client over fetch for e2e tests: JSON in, parsed JSON (or text) out. Every response to an
 * operation of the API's OpenAPI document is checked against it, so every e2e test is a contract test.
 */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly defaultToken?: string,
    private readonly contract: ContractSource = servedContract,
  ) {}

  withToken(token: string): HttpClient {
    return new HttpClient(this.baseUrl, token, this.contract);
  }

  get<T = any>(path: string, options: RequestOptions = {}) {
    return this.request<T>('GET', path, options);
  }
  post<T = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('POST', path, { ...options, body });
  }
  patch<T = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  put<T = any>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  delete<T = any>(path: string, options: RequestOptions = {}) {
    return this.request<T>('DELETE', path, options);
  }

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token ?? this.defaultToken;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | Buffer | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if (/json/.test(response.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    const result = { status: response.status, headers: response.headers, body: parsed as T, text };
    if (this.contract) {
      const violation = (await this.contract(this.baseUrl)).violation({ method, path, ...result });
      if (violation) throw new ContractViolation(`Breaks the OpenAPI document: ${violation}`);
    }
    return result;
  }
}
