import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger as PinoLogger } from 'pino';
import { requestContext } from './request-context';

export function createPino(level: string, base: Record<string, unknown>, destination?: DestinationStream): PinoLogger {
  return pino(
    {
      level,
      base,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const store = requestContext.getStore();
        return store ? { requestId: store.requestId } : {};
      },
    },
    destination,
  );
}

type Message = unknown;

/** Nest's LoggerService on pino: one JSON object per line, request id included when there is one. */
export class AppLogger implements LoggerService {
  constructor(readonly pino: PinoLogger) {}

  log(message: Message, context?: string): void {
    this.write('info', message, context);
  }

  error(message: Message, stackOrContext?: string, context?: string): void {
    const stack = context ? stackOrContext : undefined;
    this.write('error', message, context ?? stackOrContext, stack);
  }

  warn(message: Message, context?: string): void {
    this.write('warn', message, context);
  }

  debug(message: Message, context?: string): void {
    this.write('debug', message, context);
  }

  verbose(message: Message, context?: string): void {
    this.write('trace', message, context);
  }

  fatal(message: Message, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: Message, context?: string, stack?: string): void {
    const fields: Record<string, unknown> = context ? { context } : {};
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...rest } = message as Record<string, unknown>;
      this.pino[level]({ ...fields, ...rest }, typeof msg === 'string' ? msg : undefined);
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
