import { Injectable } from '@nestjs/common';
import { segmentsOf } from './field-paths';
import type { PersonalDataPolicy } from './personal-data-policy';

/** A policy with its paths split once, for the store's every read. */
export interface RegisteredPolicy {
  readonly policy: PersonalDataPolicy;
  readonly fields: readonly { readonly field: string; readonly segments: readonly string[] }[];
}

/**
 * Contexts register the policies of their events while modules initialise, before anything is
 * appended or read; the store asks for an event type's policy on each append and read.
 */
@Injectable()
export class PersonalDataRegistry {
  private readonly byType = new Map<string, RegisteredPolicy>();

  register(...policies: PersonalDataPolicy[]): void {
    for (const policy of policies) {
      if (policy.fields.length === 0) throw new Error(`A personal data policy of ${policy.types.join(', ')} names no field`);
      const registered: RegisteredPolicy = { policy, fields: policy.fields.map((field) => ({ field, segments: segmentsOf(field) })) };
      const taken = policy.types.find((type, i) => this.byType.has(type) || policy.types.indexOf(type) !== i);
      if (taken) throw new Error(`Event type ${taken} has two personal data policies`);
      for (const type of policy.types) this.byType.set(type, registered);
    }
  }

  policyOf(type: string): RegisteredPolicy | undefined {
    return this.byType.get(type);
  }

  /** Whether any type has a policy: with none, the store passes every event through untouched. */
  get empty(): boolean {
    return this.byType.size === 0;
  }
}
