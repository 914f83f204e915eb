import { countedOnce, nextAttemptAt, waitPhrase, type AttemptCount, type AttemptLimit } from '../../../shared/kernel/attempt-limits';
import { ACCOUNT_THROTTLE_POLICY, currentPasswordCounters, logInCounters } from './account-throttle';

const T0 = new Date('2026-07-04T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A key after `n` attempts counted at T0. */
const counted = (limit: AttemptLimit, n: number): AttemptCount | null => {
  let count: AttemptCount | null = null;
  for (let i = 0; i < n; i++) count = countedOnce(limit, count, T0);
  return count;
};

describe('the account throttle', () => {
  const { perAddressAndClient, perClient, perAddress } = ACCOUNT_THROTTLE_POLICY.logIn;

  describe('a cap', () => {
    it('lets in the attempts under it', () => expect(nextAttemptAt(perAddressAndClient, counted(perAddressAndClient, 4), T0)).toBeNull());

    it('refuses once reached, until a window after the last attempt counted', () => {
      expect(nextAttemptAt(perAddressAndClient, counted(perAddressAndClient, 5), at(MINUTE))).toEqual(at(15 * MINUTE));
      expect(nextAttemptAt(perAddressAndClient, counted(perAddressAndClient, 5), at(15 * MINUTE))).toBeNull();
    });

    it('forgets the count once a whole window passes without an attempt', () =>
      expect(countedOnce(perAddressAndClient, counted(perAddressAndClient, 4), at(15 * MINUTE))).toEqual({ count: 1, lastCountedAt: at(15 * MINUTE) }));

    it('keeps counting while attempts come within a window of each other', () =>
      expect(countedOnce(perAddressAndClient, counted(perAddressAndClient, 4), at(14 * MINUTE))).toEqual({ count: 5, lastCountedAt: at(14 * MINUTE) }));
  });

  describe('a slowdown', () => {
    it('lets the free attempts in at once', () => expect(nextAttemptAt(perAddress, counted(perAddress, 19), T0)).toBeNull());

    it.each([
      [20, 5 * SECOND],
      [21, 10 * SECOND],
      [22, 20 * SECOND],
      [23, 40 * SECOND],
      [24, MINUTE],
      [200, MINUTE],
    ])('after %i attempts, waits %i ms since the last one, never more than a minute', (n, wait) => {
      expect(nextAttemptAt(perAddress, counted(perAddress, n), T0)).toEqual(at(wait));
      expect(nextAttemptAt(perAddress, counted(perAddress, n), at(wait))).toBeNull();
    });
  });

  describe('the policy', () => {
    it('counts a log-in under its address and client, its client, and its address, each with its own limit', () =>
      expect(logInCounters(ACCOUNT_THROTTLE_POLICY, 'marie@example.fr', '192.0.2.7').map((c) => [c.limit, c.onSuccess])).toEqual([
        [perAddressAndClient, 'forget'],
        [perClient, 'refund'],
        [perAddress, 'refund'],
      ]));

    it('never locks an address or an owner out for every client: what spans them only slows down', () => {
      expect(perAddress.kind).toBe('slowdown');
      expect(ACCOUNT_THROTTLE_POLICY.currentPassword.perOwner.kind).toBe('slowdown');
    });

    it("shares a client's count across addresses and an address's across clients, and nothing else", () => {
      const keys = (address: string, client: string) => logInCounters(ACCOUNT_THROTTLE_POLICY, address, client).map((c) => c.key);
      const [pairA7, client7, addressA] = keys('a@example.fr', '192.0.2.7');
      const [pairB7, client7Again, addressB] = keys('b@example.fr', '192.0.2.7');
      const [pairA8, client8, addressAAgain] = keys('a@example.fr', '192.0.2.8');
      expect([client7Again, addressAAgain]).toEqual([client7, addressA]);
      expect(new Set([pairA7, pairB7, pairA8, client7, client8, addressA, addressB]).size).toBe(7);
    });

    it("counts a destination's log-in under its own address keys and the client's one key of every log-in", () =>
      expect(logInCounters(ACCOUNT_THROTTLE_POLICY, 'contact@example.fr', '192.0.2.7', 'destination-log-in').map((c) => [c.key, c.limit])).toEqual([
        ['["destination-log-in","address+client","contact@example.fr","192.0.2.7"]', perAddressAndClient],
        ['["log-in","client","192.0.2.7"]', perClient],
        ['["destination-log-in","address","contact@example.fr"]', perAddress],
      ]));

    it('keeps the current-password counts apart from the log-in ones', () => {
      const logIn = logInCounters(ACCOUNT_THROTTLE_POLICY, 'owner-1', '192.0.2.7').map((c) => c.key);
      const current = currentPasswordCounters(ACCOUNT_THROTTLE_POLICY, 'owner-1', '192.0.2.7').map((c) => c.key);
      expect(current.filter((key) => logIn.includes(key))).toEqual([]);
    });

    it("counts a destination's current password under its own keys, with an owner's limits, and an owner's under the keys they always had", () => {
      const { perOwnerAndClient, perOwner } = ACCOUNT_THROTTLE_POLICY.currentPassword;
      expect(currentPasswordCounters(ACCOUNT_THROTTLE_POLICY, 'owner-1', '192.0.2.7').map((c) => c.key)).toEqual([
        '["current-password","owner+client","owner-1","192.0.2.7"]',
        '["current-password","owner","owner-1"]',
      ]);
      expect(currentPasswordCounters(ACCOUNT_THROTTLE_POLICY, 'dest-1', '192.0.2.7', 'destination-current-password').map((c) => [c.key, c.limit, c.onSuccess])).toEqual([
        ['["destination-current-password","owner+client","dest-1","192.0.2.7"]', perOwnerAndClient, 'forget'],
        ['["destination-current-password","owner","dest-1"]', perOwner, 'refund'],
      ]);
    });
  });

  it.each([
    [900, '1 second'],
    [5 * SECOND, '5 seconds'],
    [MINUTE, '60 seconds'],
    [15 * MINUTE, '15 minutes'],
    [15 * MINUTE - 1, '15 minutes'],
  ])('says a wait of %i ms as "%s"', (ms, phrase) => expect(waitPhrase(ms)).toBe(phrase));
});
