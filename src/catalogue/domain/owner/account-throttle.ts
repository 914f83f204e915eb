import type { Cap, Slowdown, ThrottleCounter } from '../../../shared/kernel/attempt-limits';

/**
 * How many password guesses and sign-ups the platform takes, and from whom. Each attempt is
 * counted under a few keys at once (the account's address, the network client, both together),
 * each key with its own limit; an attempt goes ahead only when every one of its keys lets it.
 * A key's count is forgotten once a whole window passes without a counted attempt.
 */

export interface AccountThrottlePolicy {
  readonly logIn: { readonly perAddressAndClient: Cap; readonly perClient: Cap; readonly perAddress: Slowdown };
  readonly signUp: { readonly perClient: Cap };
  readonly currentPassword: { readonly perOwnerAndClient: Cap; readonly perOwner: Slowdown };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Guessing is counted against the one who guesses, never against the account alone: a lock on an
 * address would let anyone lock any owner out. What spans every client (the address, the owner)
 * only slows down, so a guesser spraying from many clients gets about one guess a minute while
 * the owner, who knows the password, waits at most that long.
 */
export const ACCOUNT_THROTTLE_POLICY: AccountThrottlePolicy = {
  logIn: {
    // An owner's own typos, then a pause: locks only this client out of this address.
    perAddressAndClient: { kind: 'cap', max: 5, windowMs: 15 * MINUTE },
    // One client trying many addresses (credential stuffing); room for an office behind one address.
    perClient: { kind: 'cap', max: 30, windowMs: 15 * MINUTE },
    // Every client together against one address: beyond what typos explain, guesses are spaced out.
    perAddress: { kind: 'slowdown', free: 20, windowMs: 15 * MINUTE, firstWaitMs: 5 * SECOND, longestWaitMs: MINUTE },
  },
  // Accounts are opened without proving the address: this bounds how many one client squats,
  // and how often it learns whether an address already has an account.
  signUp: { perClient: { kind: 'cap', max: 10, windowMs: 60 * MINUTE } },
  // A stolen token must not become a way to guess the password it was not issued with.
  currentPassword: {
    perOwnerAndClient: { kind: 'cap', max: 5, windowMs: 15 * MINUTE },
    perOwner: { kind: 'slowdown', free: 20, windowMs: 15 * MINUTE, firstWaitMs: 5 * SECOND, longestWaitMs: MINUTE },
  },
};

const keyOf = (...parts: string[]) => JSON.stringify(parts);

/**
 * `address`: the normalized email typed in, whether or not an account has it. `accounts` names
 * the address keys: each kind of account has its own, so that guesses at one kind never slow down
 * the other under the same address. The client's key is one for all kinds, so that a client
 * spraying guesses has one budget across them, not one each.
 */
export function logInCounters(policy: AccountThrottlePolicy, address: string, client: string, accounts: 'log-in' | 'destination-log-in' = 'log-in'): ThrottleCounter[] {
  const { perAddressAndClient, perClient, perAddress } = policy.logIn;
  return [
    { key: keyOf(accounts, 'address+client', address, client), limit: perAddressAndClient, onSuccess: 'forget' },
    { key: keyOf('log-in', 'client', client), limit: perClient, onSuccess: 'refund' },
    { key: keyOf(accounts, 'address', address), limit: perAddress, onSuccess: 'refund' },
  ];
}

export function signUpCounters(policy: AccountThrottlePolicy, client: string): ThrottleCounter[] {
  return [{ key: keyOf('sign-up', 'client', client), limit: policy.signUp.perClient, onSuccess: 'keep' }];
}

/**
 * `accountId`: the owner's or the destination's whose token asks for a change of credentials.
 * `accounts` names the keys, as for log-ins: a destination's account is counted apart from an
 * owner's, under the same limits.
 */
export function currentPasswordCounters(
  policy: AccountThrottlePolicy,
  accountId: string,
  client: string,
  accounts: 'current-password' | 'destination-current-password' = 'current-password',
): ThrottleCounter[] {
  const { perOwnerAndClient, perOwner } = policy.currentPassword;
  return [
    { key: keyOf(accounts, 'owner+client', accountId, client), limit: perOwnerAndClient, onSuccess: 'forget' },
    { key: keyOf(accounts, 'owner', accountId), limit: perOwner, onSuccess: 'refund' },
  ];
}
