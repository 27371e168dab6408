import { OpenApiContract } from './openapi-contract';

const byDocument = new Map<string, OpenApiContract>();
const byServer = new Map<string, Promise<OpenApiContract>>();

async function load(baseUrl: string): Promise<OpenApiContract> {
  const response = await fetch(`${baseUrl}/docs/openapi.json`);
  if (!response.ok) throw new Error(`The API at ${baseUrl} serves no OpenAPI document (${response.status})`);
  const text = await response.text();
  let contract = byDocument.get(text);
  if (!contract) {
    contract = new OpenApiContract(JSON.parse(text));
    byDocument.set(text, contract);
  }
  return contract;
}

/** The contract of the document an API serves: fetched once per server, compiled once per document and process. */
export function servedContract(baseUrl: string): Promise<OpenApiContract> {
  let contract = byServer.get(baseUrl);
  if (!contract) {
    contract = load(baseUrl);
    contract.catch(() => byServer.delete(baseUrl));
    byServer.set(baseUrl, contract);
  }
  return contract;
}
