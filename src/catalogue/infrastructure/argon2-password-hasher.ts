import * as argon2 from 'argon2';
import type { PasswordHasher } from '../application/ports';

/**
 * How much work a password's hash costs. STANDARD is argon2id with the library's defaults
 * (64 MiB, 3 passes, 4 lanes: OWASP's memory-hard recommendation), the only cost the
 * environment can give. MINIMAL is the least argon2 accepts, for the test suite alone, which
 * opens thousands of accounts: at the standard cost they took minutes of its run.
 */
export type PasswordHashCost = 'STANDARD' | 'MINIMAL';

const OPTIONS: Record<PasswordHashCost, argon2.HashOptions & { raw?: false }> = {
  STANDARD: { type: argon2.argon2id },
  MINIMAL: { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 },
};

export class Argon2PasswordHasher implements PasswordHasher {
  constructor(private readonly cost: PasswordHashCost = 'STANDARD') {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS[this.cost]);
  }

  /** A hash carries its own cost: one made at either cost is checked as it was made. */
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
