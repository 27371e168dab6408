import { existsSync, readFileSync } from 'node:fs';

/** The line of a service's log that most likely says why it stopped: its last FATAL/error line, else its last line. */
export function lastTellingLine(logFile: string): string {
  if (!existsSync(logFile)) return 'no log was written';
  const lines = readFileSync(logFile, 'utf8')
    .split('\n')
    .slice(-200)
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines.filter((line) => /FATAL|PANIC|ERROR|# |error/i.test(line)).pop() ?? lines.pop();
  return telling ?? 'the log is empty';
}
