import { InvalidInput } from '../../../shared/kernel/errors';

export const PASSWORD_MIN_LENGTH = 12;
// A cap keeps hashing cost bounded whatever a client sends.
export const PASSWORD_MAX_LENGTH = 256;

/** Length is the rule that matters (NIST SP 800-63B); no composition rules to game. */
export function assertAcceptablePassword(field: string, password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) throw new InvalidInput(field, `must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if (length > PASSWORD_MAX_LENGTH) throw new InvalidInput(field, `must be at most ${PASSWORD_MAX_LENGTH} characters long`);
}
