import { DomainError, InvalidInput } from '../../src/shared/kernel/errors';
import type { ErrorClass } from './decider-spec';

/** The error `act` throws, of the class a test expects; fails the test on anything else, or none. */
export function thrownAs<T extends Error>(errorClass: ErrorClass<T>, act: () => unknown): T {
  try {
    act();
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  throw new Error(`expected ${errorClass.name}, but nothing was thrown`);
}

/** The named error a value or command is refused with. */
export const thrown = (act: () => unknown): DomainError => thrownAs(DomainError, act);

/** The input error a value is refused with. */
export const refusal = (act: () => unknown): InvalidInput => thrownAs(InvalidInput, act);
