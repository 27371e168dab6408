/**
 * A reason the process cannot start that the person starting it can fix: its message is the one line
 * printed before the process stops (no stack, no JSON).
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
