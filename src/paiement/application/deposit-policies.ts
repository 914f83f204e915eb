import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { DepositPolicies } from '../contracts';
import type { DepositPolicy } from '../domain/deposit-policy/deposit-policy';
import { depositPolicyDecider, depositPolicyStream } from '../domain/deposit-policy/deposit-policy.decider';

/** A policy is one short stream: folding it is as quick as a row, and never behind. */
@Injectable()
export class DepositPoliciesImpl implements DepositPolicies {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  policyOf(ownerId: string): Promise<DepositPolicy> {
    return loadState(this.store, depositPolicyStream(ownerId), depositPolicyDecider);
  }
}
