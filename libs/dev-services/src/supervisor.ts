import { displayPath } from './display-path.util';
import { describeExit } from './exit-status';
import { ManagedProcess } from './managed-process';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Keeps the processes of `npm start` together: when any of them exits on its own, or a signal asks, the steps and
 * apps are stopped first (they finish in-flight work) and the services they use after them; then the process exits.
 */
export class Supervisor {
  private readonly services: ManagedProcess[] = [];
  private readonly processes = new Set<ManagedProcess>();
  private stopping = false;

  constructor(
    private readonly say: (line: string) => void,
    private readonly exit: (code: number) => void,
  ) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  /** A service (Postgres, Redis) the others need: stopped last; if it dies, everything stops. */
  addService(service: ManagedProcess, logFile: string): void {
    this.services.push(service);
    void service.exited.then((status) => {
      if (this.stopping) return;
      this.say(
        `${capitalised(service.name)} stopped unexpectedly (${describeExit(status)}); stopping everything (its log: ${displayPath(logFile)})`,
      );
      void this.stop(1);
    });
  }

  /** The api or the worker: if one exits, everything stops. */
  addApp(app: ManagedProcess): void {
    this.processes.add(app);
    void app.exited.then((status) => {
      if (this.stopping) return;
      this.say(`${app.name} exited (${describeExit(status)}); stopping everything`);
      void this.stop(status.code || 1);
    });
  }

  /** A step that must succeed (migrations, seed); it prints its own reason when it fails. False: do not go on. */
  async runStep(step: ManagedProcess): Promise<boolean> {
    this.processes.add(step);
    const status = await step.exited;
    this.processes.delete(step);
    if (status.code !== 0) void this.stop(status.code || 1);
    return status.code === 0 && !this.stopping;
  }

  async stop(exitCode: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.all([...this.processes].map((each) => each.stop()));
    await Promise.all(this.services.map((each) => each.stop()));
    this.exit(exitCode);
  }
}
