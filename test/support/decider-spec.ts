import { fold, type Decider } from '../../src/shared/kernel/decider';
import type { Command, Event } from '../../src/shared/kernel/message';

/** Abstract classes too, so a test may expect any `Conflict` as well as one exact error. */
export type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

/**
 * `givenDecider(decider)(history).when(command).then(events)`: a decider test states the rule
 * it proves in one line. `decide` runs lazily, so `thenThrows` can catch what it throws and
 * match its message, or its properties (`{ code, field }`) when given an object.
 */
export function givenDecider<C extends Command, E extends Event, S>(decider: Decider<C, E, S>) {
  return (history: readonly E[]) => ({
    when: (command: C) => {
      const decide = () => decider.decide(command, fold(decider, history));
      return {
        then: (expected: readonly E[]): void => {
          expect(decide()).toEqual(expected);
        },
        thenNothing: (): void => {
          expect(decide()).toEqual([]);
        },
        thenThrows: <T extends Error>(errorClass: ErrorClass<T>, expected?: string | RegExp | Partial<T>): void => {
          const error = caught(decide);
          assertInstanceOf(error, errorClass);
          if (typeof expected === 'string' || expected instanceof RegExp) expect(error.message).toMatch(expected);
          else if (expected !== undefined) expect(error).toMatchObject(expected);
        },
      };
    },
  });
}

function caught(act: () => unknown): unknown {
  try {
    return { returned: act() };
  } catch (error) {
    return error;
  }
}

function assertInstanceOf<T extends Error>(value: unknown, errorClass: ErrorClass<T>): asserts value is T {
  expect(value).toBeInstanceOf(errorClass);
}
