import { isDatabaseUnavailable } from './postgres-connection-failure.util';

export interface RetryBudget {
  /** How long to keep trying while Postgres cannot be reached (default 30 s). */
  forMs?: number;
  /** The first wait; each next one doubles, up to 2 s. */
  firstWaitMs?: number;
}

/**
 * Runs `write` again while it fails because Postgres cannot be reached, for up to `forMs`; any other error, or the
 * budget running out, is thrown. For the write that records what already happened outside (a mail the SMTP server
 * accepted): retrying the whole job instead would do the outside part twice.
 */
export async function retryWhileDatabaseUnavailable<T>(write: () => Promise<T>, budget: RetryBudget = {}): Promise<T> {
  const deadline = Date.now() + (budget.forMs ?? 30_000);
  let wait = budget.firstWaitMs ?? 250;
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 2_000);
    }
  }
}
