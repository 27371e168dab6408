import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiDocument } from '../apps/api/src/openapi-document';
import { OPENAPI_FILES, renderClientTypesFile, renderDocumentFile, REPO_ROOT } from './openapi-artifacts';

/**
 * `npm run openapi`: writes the code's OpenAPI document to docs/openapi.json and the client types generated
 * from it; `npm run openapi:check` fails when a committed file differs (CI). No server, database or Redis needed.
 */
async function main(check: boolean): Promise<void> {
  const document = await generateOpenApiDocument();
  const rendered = { document: await renderDocumentFile(document), clientTypes: await renderClientTypesFile(document) };
  const stale: string[] = [];
  for (const [key, file] of Object.entries(OPENAPI_FILES) as Array<[keyof typeof OPENAPI_FILES, string]>) {
    const path = resolve(REPO_ROOT, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === rendered[key]) continue;
    stale.push(file);
    if (!check) writeFileSync(path, rendered[key]);
  }
  if (check && stale.length > 0) {
    process.stderr.write(`The OpenAPI document of the code differs from ${stale.join(' and ')}: run \`npm run openapi\` and commit.\n`);
    process.exit(1);
  }
  process.stdout.write(stale.length === 0 ? 'OpenAPI files are up to date\n' : check ? '' : `Wrote ${stale.join(', ')}\n`);
}

main(process.argv.includes('--check')).catch((error: unknown) => {
  process.stderr.write(`OpenAPI generation failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
