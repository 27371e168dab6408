import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScratchVarDir {
  path: string;
  remove(): void;
}

/** A fresh VAR_DIR for the services npm start runs itself; others may enter it (as root, postgres runs as postgres). */
export function createScratchVarDir(): ScratchVarDir {
  const path = mkdtempSync(join(tmpdir(), 'jobboard-var-'));
  chmodSync(path, 0o755);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Pids of the processes whose command line contains `text` (e.g. a data folder). */
export function processesMentioning(text: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Waits until no process mentions `text`; returns the pids still there after the timeout. */
export async function processesGoneWithin(text: string, timeoutMs: number): Promise<number[]> {
  const deadline = performance.now() + timeoutMs;
  while (processesMentioning(text).length > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return processesMentioning(text);
}
