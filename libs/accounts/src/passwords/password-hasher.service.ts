import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/*
 * argon2id with OWASP's first recommended configuration (m = 19 MiB, t = 2, p = 1).
 * OWASP rates it as strong as m = 46 MiB, t = 1; we take the smaller memory footprint so a burst
 * of concurrent logins cannot exhaust an api pod's memory (~23 ms per hash on a 2-core box).
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never authenticates
    }
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, OPTIONS);
  }

  /** Spends the same time as a real verification, for callers whose user does not exist. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-password-of-anyone');
    await this.verify(await this.dummyHash, password);
    return false;
  }

  /** The same hashing work as hash(), with nothing kept (timing parity for unknown emails). */
  async burn(): Promise<void> {
    await this.hash('not-a-password-of-anyone');
  }
}
