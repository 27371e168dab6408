export interface SoakOptions {
  users: number;
  durationSeconds: number;
  /** Mean pause between two steps of a user, in ms (uniform from half to one and a half times it): a person reading a page. */
  thinkMs: number;
}

/** `npm run bench -- soak [--users 200] [--duration 300] [--think-ms 5000]`. */
export function soakOptions(argv: string[]): SoakOptions {
  const value = (name: string, fallback: number): number => {
    const at = argv.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const parsed = Number(argv[at + 1]);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number`);
    return parsed;
  };
  return { users: value('users', 200), durationSeconds: value('duration', 300), thinkMs: value('think-ms', 5000) };
}
