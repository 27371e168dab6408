import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { ExitStatus } from './exit-status';
import { ManagedProcess } from './managed-process';

/*
 * A shell runs the command and stops it with signal $1 when the shell's stdin reaches end of file. Our end of that
 * pipe closes when we close it, and also when this process dies in any way (SIGKILL included), so nothing we start
 * outlives its supervisor. The shell exits with the command, so the command dying is seen as this child exiting.
 */
const GUARD = [
  'signal=$1; shift',
  'exec 3<&0 </dev/null',
  '"$@" 3<&- &',
  'child=$!',
  'exec 2>/dev/null', // the shell's own notices ("Killed", "Terminated"); the command keeps its stderr
  '{ read -r _ <&3; kill -"$signal" "$child" 2>/dev/null; } &',
  'watcher=$!',
  'wait "$child"; status=$?',
  'kill "$watcher" 2>/dev/null',
  'exit "$status"',
].join('\n');

export interface GuardedProcessOptions {
  name: string;
  command: string;
  args: string[];
  /** The signal that makes it shut down cleanly (Postgres: INT, fast shutdown; Redis and our apps: TERM). */
  stopSignal: 'INT' | 'TERM';
  /** A log file its stdout and stderr are appended to, or the terminal. */
  output: { logFile: string } | 'terminal';
  env?: NodeJS.ProcessEnv;
  /** Set when it must not run as the current user (Postgres refuses root). */
  runAs?: { uid: number; gid: number };
  /** After this long it is killed (the api and the worker give themselves 25 s to finish their work). */
  stopTimeoutMs?: number;
}

/**
 * A child in its own process group: a Ctrl-C in the terminal reaches only the supervisor, which stops each child
 * once and in order (a second signal would make our apps exit at once instead of finishing their work).
 */
export class GuardedProcess implements ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly exited: Promise<ExitStatus>;
  private status: ExitStatus | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly options: GuardedProcessOptions,
  ) {
    this.name = options.name;
    this.pid = child.pid!;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve((this.status = { code, signal })));
      child.once('error', () => resolve((this.status = { code: 127, signal: null })));
    });
    child.stdin!.on('error', () => undefined); // the guard may be gone already when we close its stdin
  }

  static start(options: GuardedProcessOptions): GuardedProcess {
    const log = options.output === 'terminal' ? null : openSync(options.output.logFile, 'a');
    try {
      const child = spawn('/bin/sh', ['-c', GUARD, 'guard', options.stopSignal, options.command, ...options.args], {
        stdio: log === null ? ['pipe', 'inherit', 'inherit'] : ['pipe', log, log],
        detached: true,
        env: options.env ?? process.env,
        ...(options.runAs ?? {}),
      });
      return new GuardedProcess(child, options);
    } finally {
      if (log !== null) closeSync(log);
    }
  }

  get hasExited(): boolean {
    return this.status !== null;
  }

  async stop(): Promise<ExitStatus> {
    if (this.status) return this.status;
    this.child.stdin!.end();
    const timer = setTimeout(() => this.killGroup(), this.options.stopTimeoutMs ?? 15_000);
    const status = await this.exited;
    clearTimeout(timer);
    return status;
  }

  private killGroup(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** One of our compiled Node programs (migrate, seed, api, worker), its output on the terminal. */
export function startNodeProcess(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): GuardedProcess {
  return GuardedProcess.start({
    name,
    command: process.execPath,
    args: ['--enable-source-maps', script, ...args],
    stopSignal: 'TERM',
    output: 'terminal',
    env,
    stopTimeoutMs: 30_000,
  });
}
