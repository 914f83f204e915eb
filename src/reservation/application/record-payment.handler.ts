import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { policyCheckpoint } from '../../event-store/projection/projection-runner';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { PAYMENT_LEDGER, type PaymentLedger, type PaymentRequest } from '../../paiement/contracts';
import type { DossierChange } from './create-dossier.handler';
import { ReservationPolicy } from './reservation.policy';

/** Records a payment in Paiement's ledger and answers once the file has taken it in. */
export class RecordPayment extends Command<DossierChange> {
  constructor(readonly request: PaymentRequest) {
    super();
  }
}

/**
 * The file learns of the payment the way it would from a payment provider: through the event
 * store and the Reservation policy. The owner who typed it in still sees the new status in the
 * answer, because this waits for the policy to have reacted before reading the store's head.
 */
@CommandHandler(RecordPayment)
export class RecordPaymentHandler implements ICommandHandler<RecordPayment> {
  constructor(
    @Inject(PAYMENT_LEDGER) private readonly ledger: PaymentLedger,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly waiter: ReadModelWaiter,
    private readonly policy: ReservationPolicy,
  ) {}

  async execute({ request }: RecordPayment): Promise<DossierChange> {
    const { position } = await this.ledger.record(request);
    await this.waiter.waitFor(position, [policyCheckpoint(this.policy.name)]);
    return { dossierId: request.dossierId, position: await this.store.headPosition() };
  }
}
