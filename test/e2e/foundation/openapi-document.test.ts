import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'expect';
import type { OpenAPIObject } from '@nestjs/swagger';
import { startTestEnvironment, TestEnvironment } from '@app/testing';
import { OPENAPI_FILES, renderDocumentFile, REPO_ROOT } from '../../../scripts/openapi-artifacts';

type Schema = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, { required?: boolean }> }>;
}

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');
/** A schema a generated client can type: not `{}`, and not a bare `type: object` (what `string | null` becomes without `type:`). */
const isTyped = (schema: Schema) =>
  ['$ref', 'allOf', 'anyOf', 'oneOf', 'enum'].some((key) => key in schema) ||
  (schema.type !== undefined && (schema.type !== 'object' || schema.properties !== undefined || schema.additionalProperties !== undefined));

describe('the OpenAPI document served at /docs/openapi.json', () => {
  let env: TestEnvironment;
  let document: Schema;
  let operations: Operation[];

  before(async () => {
    env = await startTestEnvironment();
    document = (await env.api.http.get('/docs/openapi.json')).body;
    operations = Object.entries(document.paths as Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>).flatMap(
      ([path, item]) => Object.entries(item).map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path })),
    );
  });
  after(() => env.close());

  const name = (operation: Operation) => `${operation.method} ${operation.path}`;
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(document.components.schemas[String(schema.$ref).replace('#/components/schemas/', '')]) : schema;

  /** Every schema a response reaches, with where it is; `$ref`s followed once each. */
  function reachable(schema: Schema, at: string, seen = new Set<string>()): Array<{ at: string; schema: Schema }> {
    if (schema.$ref) {
      if (seen.has(schema.$ref)) return [];
      seen.add(schema.$ref);
      return reachable(resolve(schema), String(schema.$ref), seen);
    }
    const children: Array<[string, Schema]> = [
      ...Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, value]): [string, Schema] => [
        `${at}.${key}`,
        value,
      ]),
      ...(schema.items ? [[`${at}[]`, schema.items] as [string, Schema]] : []),
      ...['allOf', 'anyOf', 'oneOf'].flatMap((key) => ((schema[key] ?? []) as Schema[]).map((part): [string, Schema] => [at, part])),
    ];
    return [{ at, schema }, ...children.flatMap(([where, child]) => reachable(child, where, seen))];
  }

  it('lists the operations of the JSON API only (no probes, pages or test fixtures) and names the server', () => {
    expect(operations.length).toBeGreaterThanOrEqual(56);
    expect(operations.filter((operation) => !operation.path.startsWith('/v1/')).map(name)).toEqual([]);
    expect(document.servers).toEqual([{ url: env.config.http.appUrl }]);
  });

  /** "METHOD path: what is wrong" for each operation a rule refuses; [] when all keep it. */
  function offenders(rule: (operation: Operation) => string | undefined): string[] {
    return operations.flatMap((operation) => {
      const problem = rule(operation);
      return problem ? [`${name(operation)}: ${problem}`] : [];
    });
  }

  it('gives every operation a summary, a unique camelCase operationId and one declared tag', () => {
    const tags = (document.tags as Array<{ name: string }>).map((tag) => tag.name);
    expect(
      offenders((operation) => {
        if (!operation.summary?.trim()) return 'no summary';
        if (!/^[a-z][a-zA-Z]+$/.test(operation.operationId)) return `operationId ${operation.operationId} is not explicit camelCase`;
        if (operation.tags?.length !== 1 || !tags.includes(operation.tags[0]!)) return `tags ${JSON.stringify(operation.tags)}`;
        return undefined;
      }),
    ).toEqual([]);
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('states the security of every operation: the bearer token, or security: [] for a public one', () => {
    const stated = (security: unknown) => ['[]', '[{"bearer":[]}]'].includes(JSON.stringify(security));
    expect(offenders((operation) => (stated(operation.security) ? undefined : `security ${JSON.stringify(operation.security)}`))).toEqual(
      [],
    );
  });

  it('answers 401 to an anonymous caller on exactly the operations that need a token', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const path = operation.path.replace(/\{[^}]+\}/g, randomUUID());
      const body = ['GET', 'DELETE'].includes(operation.method) ? undefined : {};
      const { status } = await env.api.http.request(operation.method, path, { body });
      if ((status === 401) !== operation.security!.length > 0) wrong.push(`${name(operation)}: ${status} to an anonymous caller`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every success a schema; a success without a body is a 202 or a 204', () => {
    expect(
      offenders((operation) => {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        if (successes.length !== 1) return `${successes.length} successes`;
        const [status, response] = successes[0]!;
        const content = Object.entries(response.content ?? {});
        if (content.length === 0) return ['202', '204'].includes(status) ? undefined : `${status} without content`;
        for (const [mediaType, { schema }] of content) {
          if (!schema) return `${status} ${mediaType} without a schema`;
          if (isJson(mediaType) && typeof resolve(schema).type !== 'string') return `${status} ${mediaType} schema without a type`;
        }
        return undefined;
      }),
    ).toEqual([]);
  });

  it('types every schema a response reaches (nothing a generated client would read as unknown)', () => {
    expect(
      offenders((operation) => {
        const untyped = Object.entries(operation.responses).flatMap(([status, response]) =>
          Object.values(response.content ?? {}).flatMap(({ schema }) =>
            reachable(schema!, status)
              .filter(({ schema: part }) => !isTyped(part))
              .map(({ at }) => at),
          ),
        );
        return untyped.length > 0 ? `untyped ${untyped.join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('documents every error as the Problem schema under application/problem+json, and at least one 4xx on every operation', () => {
    expect(
      offenders((operation) => {
        const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
        const notProblem = errors.filter(([, response]) => JSON.stringify(response.content) !== JSON.stringify(PROBLEM_CONTENT));
        if (notProblem.length > 0) return `${notProblem.map(([status]) => status).join(', ')} not the Problem schema`;
        return '500' in operation.responses ? undefined : 'no 500';
      }),
    ).toEqual([]);
    // Even a public route that reads no input refuses a query it does not read (400), so none is without a 4xx.
    expect(
      offenders((operation) => (Object.keys(operation.responses).some((status) => status.startsWith('4')) ? undefined : 'no 4xx')),
    ).toEqual([]);
    expect(document.components.schemas.Problem).toMatchObject({
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
        errorId: { type: 'string', format: 'uuid' },
      },
    });
  });

  it('documents Retry-After on every 429 and Location on every 201 of a resource with an id', () => {
    expect(
      offenders((operation) => {
        const tooMany = operation.responses['429'];
        if (tooMany && !tooMany.headers?.['Retry-After']?.required) return '429 without Retry-After';
        const created = operation.responses['201'];
        const schema = created?.content?.['application/json']?.schema;
        if (schema && resolve(schema).properties?.id && !created.headers?.Location?.required) return '201 without Location';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('lists null in the enum of every nullable enum', () => {
    const offenders: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Schema;
      if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) offenders.push(at);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(document, '#');
    expect(offenders).toEqual([]);
  });

  it('is the committed docs/openapi.json (`npm run openapi` writes it; CI checks it and the client types)', async () => {
    const committed = readFileSync(join(REPO_ROOT, OPENAPI_FILES.document), 'utf8');
    expect(JSON.parse(committed)).toEqual(document);
    expect(committed === (await renderDocumentFile(document as OpenAPIObject))).toBe(true);
  });

  it("passes Redocly's recommended rules (redocly.yaml): no error, no warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const redocly = join(REPO_ROOT, 'node_modules/.bin/redocly');
      const { stdout } = await promisify(execFile)(redocly, ['lint', file, '--config', join(REPO_ROOT, 'redocly.yaml'), '--format=json'], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: Array<{ ruleId: string; message: string }> };
      expect({ totals: report.totals, problems: report.problems.map((p) => `${p.ruleId}: ${p.message}`) }).toEqual({
        totals: { errors: 0, warnings: 0, ignored: 0 },
        problems: [],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
