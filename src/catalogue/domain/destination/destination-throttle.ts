import type { ThrottleCounter } from '../../../shared/kernel/attempt-limits';
import type { AccountThrottlePolicy } from '../owner/account-throttle';

const keyOf = (...parts: string[]) => JSON.stringify(parts);

/**
 * A destination's log-in is throttled as an owner's, by the same limits (ACCOUNT_THROTTLE_POLICY).
 * Its address keys are its own, so that guesses at a destination's password never slow down the
 * owner who uses the same address; the client's key is the owners' one, so that a client spraying
 * guesses has one budget across both kinds of account, not two.
 */
export function destinationLogInCounters(policy: AccountThrottlePolicy, address: string, client: string): ThrottleCounter[] {
  const { perAddressAndClient, perClient, perAddress } = policy.logIn;
  return [
    { key: keyOf('destination-log-in', 'address+client', address, client), limit: perAddressAndClient, onSuccess: 'forget' },
    { key: keyOf('log-in', 'client', client), limit: perClient, onSuccess: 'refund' },
    { key: keyOf('destination-log-in', 'address', address), limit: perAddress, onSuccess: 'refund' },
  ];
}
