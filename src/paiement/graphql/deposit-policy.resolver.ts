import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { SetDepositPolicy } from '../application/set-deposit-policy.handler';
import { DEPOSIT_POLICIES, type DepositPolicies } from '../contracts';
import type { DepositPolicy } from '../domain/deposit-policy/deposit-policy';
import { DepositPolicyInput, depositPolicyType, DepositPolicyType } from './deposit-policy.types';

@Resolver(() => DepositPolicyType)
export class DepositPolicyResolver {
  constructor(
    private readonly commands: CommandBus,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
  ) {}

  @Query(() => DepositPolicyType, { description: 'Your deposit policy; the default (an acompte of 25 %, due in 10 days) until you set one' })
  async depositPolicy(@CurrentOwner() caller: AuthenticatedOwner): Promise<DepositPolicyType> {
    return depositPolicyType(await this.policies.policyOf(caller.ownerId));
  }

  @Mutation(() => DepositPolicyType, { description: 'Replaces your deposit policy as a whole; quotes and new booking files follow it at once' })
  async setDepositPolicy(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => DepositPolicyInput }) input: DepositPolicyInput): Promise<DepositPolicyType> {
    const { policy }: { policy: DepositPolicy } = await this.commands.execute(
      new SetDepositPolicy(caller.ownerId, { ...input, balanceDueDaysBeforeArrival: input.balanceDue?.daysBeforeArrival ?? null }),
    );
    return depositPolicyType(policy);
  }
}
