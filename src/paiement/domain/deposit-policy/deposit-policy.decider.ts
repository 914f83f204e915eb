import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { DEFAULT_DEPOSIT_POLICY, type DepositPolicy } from './deposit-policy';
import { depositPolicyEvents, type DepositPolicyEvent } from './deposit-policy.events';

/** Stream `deposit-policy-<ownerId>`: what one owner asks of every booking. */
export const depositPolicyStream = (ownerId: string) => `deposit-policy-${ownerId}`;

export type { DepositPolicyEvent };
export type DepositPolicyCommand = Command<'SetDepositPolicy', { ownerId: string; policy: DepositPolicy }>;

/** Files already made keep the terms they were made with; a new policy applies to new ones. */
export const depositPolicyDecider: Decider<DepositPolicyCommand, DepositPolicyEvent, DepositPolicy> = {
  decide: ({ data }, current) => (isDeepStrictEqual(current, data.policy) ? [] : [event('DepositPolicySet', data)]),
  evolve: (_, e) => e.data.policy,
  initialState: () => DEFAULT_DEPOSIT_POLICY,
  events: depositPolicyEvents,
};
