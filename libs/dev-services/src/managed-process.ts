import { ExitStatus } from './exit-status';

/** A child process the supervisor starts, watches and stops. */
export interface ManagedProcess {
  /** How it is named in what the supervisor prints: "api", "the embedded Postgres". */
  readonly name: string;
  readonly pid: number;
  /** Settles once, when the process has exited, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  readonly hasExited: boolean;
  /** Asks it to finish, waits, and kills it when it takes too long. Resolves once it has exited. */
  stop(): Promise<ExitStatus>;
}
