import { Injectable } from '@nestjs/common';
import type { Policy } from './policy';

/** Contexts register their policies while modules initialise; the runner starts after. */
@Injectable()
export class PolicyRegistry {
  private readonly policies = new Map<string, Policy>();

  register(...policies: Policy[]): void {
    for (const policy of policies) {
      if (this.policies.has(policy.name)) throw new Error(`Policy ${policy.name} is registered twice`);
      this.policies.set(policy.name, policy);
    }
  }

  all(): Policy[] {
    return [...this.policies.values()];
  }
}
