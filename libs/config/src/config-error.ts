import { StartupError } from './startup-error';

/** A configuration problem; its message is the one line printed before the process stops. */
export class ConfigError extends StartupError {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}
