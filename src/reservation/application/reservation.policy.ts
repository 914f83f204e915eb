import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../event-store/command-handler';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { paymentsEvents, type PaymentsEvent } from '../../paiement/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { DossierSteps } from './dossier-steps';

/**
 * What Reservation does when Paiement's ledger records a payment, whoever recorded it (the owner
 * by hand, later a payment provider): the file receives it, which moves its status. Receiving
 * the same payment twice is no change, so the policy may see an event again. A payment for a file
 * deleted meanwhile is still received: the ledger has it.
 */
@Injectable()
export class ReservationPolicy implements Policy<PaymentsEvent> {
  readonly name = 'reservation';
  readonly handles = paymentsEvents.types;
  readonly decode = paymentsEvents.decode;

  constructor(
    private readonly steps: DossierSteps,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(e: DecodedEvent<PaymentsEvent>): Promise<void> {
    const context: CommandContext = { actor: e.metadata.actor, now: this.clock.now(), correlationId: e.metadata.correlationId, causationId: e.id };
    const { dossierId, ownerId, payment } = e.data;
    await this.steps.decide(command('ReceivePayment', { dossierId, ownerId, payment }), context);
  }
}
