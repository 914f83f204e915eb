import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { depositPolicy, type DepositPolicy, type DepositPolicyInput } from '../domain/deposit-policy/deposit-policy';
import { depositPolicyDecider, depositPolicyStream } from '../domain/deposit-policy/deposit-policy.decider';

/** Replaces the caller's deposit policy as a whole; booking files already made keep their terms. */
export class SetDepositPolicy extends Command<{ policy: DepositPolicy; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly input: DepositPolicyInput,
  ) {
    super();
  }
}

@CommandHandler(SetDepositPolicy)
export class SetDepositPolicyHandler implements ICommandHandler<SetDepositPolicy> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, input }: SetDepositPolicy): Promise<{ policy: DepositPolicy; position: Position | null }> {
    const policy = depositPolicy('input', input);
    const outcome = await handleCommand(
      this.store,
      depositPolicyStream(ownerId),
      depositPolicyDecider,
      command('SetDepositPolicy', { ownerId, policy }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { policy: outcome.state, position: outcome.position };
  }
}
