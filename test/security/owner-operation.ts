import type { SignedUpOwner } from '../support/owners';
import type { GraphqlAnswer, TestApp } from '../support/test-app';

/** Owner A holds data; owner B attacks it with B's own token. */
export interface Owners {
  a: SignedUpOwner & { password: string };
  b: SignedUpOwner & { password: string };
  /** A's catalogue, created before the attacks. */
  aCatalogue: { accommodationId: string; supplementId: string; ageRangeIds: string[] };
  /** A destination, with its own kind of token, that A joined listing A's accommodation. */
  marketplace: { destinationId: string; destinationToken: string };
}

export interface OwnerOperation {
  readonly document: string;
  /** A destination's operation: an owner's token (B's) is what must be refused; a destination's token is its caller. */
  readonly destinationOnly?: true;
  /** Variables aimed at owner A's data, sent with owner B's token. */
  variables(o: Owners): Record<string, unknown>;
  /** What B's call must show: a refusal, or B's own data with A's left untouched. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
  verify(answer: GraphqlAnswer<Record<string, any>>, o: Owners, t: TestApp): Promise<void>;
}

/** The answer is an error with this code, and nothing else came back. */
export function expectRefused(answer: GraphqlAnswer, code: string): void {
  expect(answer.errors?.[0].extensions?.code).toBe(code);
  expect(answer.data ?? null).toBeNull();
}
