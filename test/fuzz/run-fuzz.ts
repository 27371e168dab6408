import fc from 'fast-check';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { requestOfPacket } from '../../apps/api/src/http/socket-errors';
import { FuzzOperation } from './fuzz-operation';
import { describeRequest, FuzzRequest, Identity, kindOfTarget } from './fuzz-request';
import { httpRequestArbitrary } from './http-request-arbitrary';
import { judge } from './oracle';
import { KnownValues } from './schema-values';
import { Observed, sendHttp, sendWire } from './send-request';
import { decodeLoosely } from './url-encoding';
import { wireRequestArbitrary } from './wire-request-arbitrary';

/** What the fuzzer needs of the server under test. */
export interface FuzzTarget {
  port: number;
  operations: readonly FuzzOperation[];
  known: KnownValues;
  tokenFor(identity: Identity): string | undefined;
}

export interface FuzzOptions {
  seed: number;
  requests: number;
  concurrency?: number;
  /** Send only the request of this index (a replay of one finding). */
  only?: number;
  /** Share of raw socket requests (default 0.07). */
  wireShare?: number;
  onProgress?(sent: number, findings: number): void;
}

export interface Finding {
  index: number;
  request: FuzzRequest;
  observed: Observed;
  violations: string[];
}

export interface FuzzReport {
  seed: number;
  sent: number;
  ms: number;
  statuses: Record<string, number>;
  findings: Finding[];
  /** The slowest requests of the run, slowest first. */
  slowest: Array<{ index: number; ms: number; operation: string }>;
  /** Requests that were slow in the run but within 2 s when sent again alone (a busy machine, not a slow route). */
  slowOnlyUnderLoad: number;
  /** 401s to requests sent as the seeker or the admin with their own token: should stay near 0, or the run lost an identity. */
  signedInUnauthorized: number;
}

/** Every request the fuzzer can make of the target: its API operations and pages over HTTP, and raw bytes on the wire. */
export function requestArbitrary(target: FuzzTarget, wireShare = 0.07): fc.Arbitrary<FuzzRequest> {
  const http = fc.oneof(...target.operations.map((operation) => httpRequestArbitrary(operation, target.known)));
  const paths = target.operations.map((operation) => operation.path.replace(/\{[^}]+\}/g, 'x'));
  // Raw bytes are judged by the path the server can read from them, by the server's own reading.
  const wire = wireRequestArbitrary(paths).map(
    (request) => ({ ...request, kind: kindOfTarget(requestOfPacket(request.wire!.toString('latin1')).path) }) as FuzzRequest,
  );
  const wireWeight = Math.round(wireShare * 100);
  return wireWeight > 0 ? fc.oneof({ weight: 100 - wireWeight, arbitrary: http }, { weight: wireWeight, arbitrary: wire }) : http;
}

/** Request `index` of the run of `seed`: generated on its own, so any one request can be replayed without the others. */
export function requestAt(arbitrary: fc.Arbitrary<FuzzRequest>, seed: number, index: number): FuzzRequest {
  return fc.sample(fc.noBias(arbitrary), { seed: (seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0, numRuns: 1 })[0]!;
}

const SLOWEST_KEPT = 5;

const onlySlow = (finding: Finding) => finding.violations.every((violation) => violation.startsWith('slow: '));

function noteSlowest(slowest: FuzzReport['slowest'], entry: FuzzReport['slowest'][number]): void {
  if (slowest.length === SLOWEST_KEPT && entry.ms <= slowest[SLOWEST_KEPT - 1]!.ms) return;
  slowest.push(entry);
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, SLOWEST_KEPT);
}

const sentText = (request: FuzzRequest) =>
  decodeLoosely(request.target) +
  (request.body === undefined ? '' : typeof request.body === 'string' ? request.body : request.body.toString('utf8'));

/** Sends the run's requests (`concurrency` at a time) and judges every response. */
export async function runFuzz(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const arbitrary = requestArbitrary(target, options.wireShare);
  const concurrency = options.concurrency ?? 3;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const indexes = options.only !== undefined ? [options.only] : Array.from({ length: options.requests }, (_, i) => i);
  const report: FuzzReport = {
    seed: options.seed,
    sent: 0,
    ms: 0,
    statuses: {},
    findings: [],
    slowest: [],
    slowOnlyUnderLoad: 0,
    signedInUnauthorized: 0,
  };
  const started = performance.now();
  const send = (request: FuzzRequest) =>
    request.channel === 'wire' ? sendWire(target.port, request) : sendHttp(agent, target.port, request, target.tokenFor(request.identity));
  let next = 0;
  const lane = async () => {
    while (next < indexes.length) {
      const index = indexes[next++]!;
      const request = requestAt(arbitrary, options.seed, index);
      const observed = await send(request);
      report.sent += 1;
      const status = observed.error !== undefined ? 'none' : String(observed.status);
      report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      if (observed.status === 401 && request.identity !== 'anonymous' && request.headers.authorization === undefined)
        report.signedInUnauthorized += 1;
      const violations = judge(request.kind, observed, sentText(request));
      if (violations.length > 0) report.findings.push({ index, request, observed, violations });
      noteSlowest(report.slowest, { index, ms: observed.ms, operation: request.operation });
      if (report.sent % 500 === 0) options.onProgress?.(report.sent, report.findings.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, indexes.length) }, lane));
    for (const finding of report.findings.filter(onlySlow)) {
      const again = await send(finding.request);
      if (judge(finding.request.kind, again, sentText(finding.request)).length === 0) {
        report.findings.splice(report.findings.indexOf(finding), 1);
        report.slowOnlyUnderLoad += 1;
      }
    }
  } finally {
    agent.destroy();
  }
  report.ms = Math.round(performance.now() - started);
  report.findings.sort((a, b) => a.index - b.index);
  return report;
}

const groupOf = (finding: Finding) =>
  `${finding.request.operation}: ${finding.violations[0]!.replace(/\d+ ms/, 'N ms').replace(/: ".*$/, '')}`;

/** The report as text: totals, then each kind of finding once, with its first request and how to replay it. */
export function formatReport(report: FuzzReport, maxGroups = 25): string {
  const statuses = Object.entries(report.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  const slowest = report.slowest.map((entry) => `#${entry.index} ${entry.operation} ${entry.ms} ms`).join(', ');
  const lines = [
    `fuzz seed ${report.seed}: ${report.sent} requests in ${(report.ms / 1000).toFixed(1)} s; statuses ${statuses}; slowest ${slowest}; slow only under load ${report.slowOnlyUnderLoad}; 401 to a signed-in identity ${report.signedInUnauthorized}`,
  ];
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) groups.set(groupOf(finding), [...(groups.get(groupOf(finding)) ?? []), finding]);
  if (groups.size === 0) return `${lines[0]}; no findings`;
  lines.push(`${report.findings.length} failing requests, ${groups.size} kinds:`);
  for (const [group, findings] of [...groups].slice(0, maxGroups)) {
    const first = findings[0]!;
    lines.push(
      '',
      `[${group}] ×${findings.length}, first request #${first.index}:`,
      describeRequest(first.request),
      `  → ${first.observed.status} ${first.observed.contentType} ${first.observed.ms} ms ${JSON.stringify(first.observed.body.slice(0, 300))}`,
      `  violations: ${first.violations.join('; ')}`,
      `  replay: npm run fuzz -- --seed ${report.seed} --only ${first.index}`,
    );
  }
  if (groups.size > maxGroups) lines.push('', `… and ${groups.size - maxGroups} more kinds`);
  return lines.join('\n');
}
