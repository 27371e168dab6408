import { describe, it } from 'node:test';
import { expect } from 'expect';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../../e2e/career-guides/support/repo-path';

/** Runs scripts/audit.js (CI's audit step) on a saved `npm audit --json` report. */
function verdict(report: unknown, env: Record<string, string> = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'report.json');
  writeFileSync(file, JSON.stringify(report));
  const run = spawnSync(process.execPath, [repoPath('scripts/audit.js'), '--report', file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

const vulnerability = (name: string, severity: string, fixAvailable: boolean) => ({
  name,
  severity,
  range: '<1.2.3',
  fixAvailable,
  via: [{ source: 1, name, title: `${name} does a bad thing`, url: `https://github.com/advisories/GHSA-${name}`, severity }],
});

describe('the dependency audit of CI', () => {
  it('passes a tree whose advisories are all below high severity', () => {
    const report = {
      vulnerabilities: { lodash: vulnerability('lodash', 'moderate', true) },
      metadata: { vulnerabilities: { moderate: 1 } },
    };
    const run = verdict(report);
    expect(run.status).toBe(0);
    expect(run.output).toContain('0 failing');
  });

  it('fails on a high or critical advisory, naming the package, the advisory and whether a fix exists', () => {
    const report = {
      vulnerabilities: { a: vulnerability('a', 'high', true), b: vulnerability('b', 'critical', false) },
      metadata: { vulnerabilities: { high: 1, critical: 1 } },
    };
    const run = verdict(report);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/high: a <1\.2\.3: fix available/);
    expect(run.output).toMatch(/critical: b <1\.2\.3: no fix available\n\s+b does a bad thing https:\/\/github\.com\/advisories\/GHSA-b/);
  });

  it('gives no verdict, and fails, when the audit endpoint did not answer, unless told that it is blocked', () => {
    const refused = {
      statusCode: 405,
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    };
    const run = verdict(refused);
    expect(run.status).toBe(1);
    expect(run.output).toContain('no verdict');
    expect(verdict(refused, { AUDIT_UNREACHABLE_OK: '1' }).status).toBe(0);
  });
});
