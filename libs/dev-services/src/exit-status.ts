import { constants } from 'node:os';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "exit code 1", "killed by SIGKILL"; a shell reports a child killed by signal N as status 128 + N. */
export function describeExit({ code, signal }: ExitStatus): string {
  if (signal) return `killed by ${signal}`;
  if (code !== null && code > 128) {
    const name = Object.entries(constants.signals).find(([, number]) => number === code - 128)?.[0];
    if (name) return `killed by ${name}`;
  }
  return `exit code ${code}`;
}
