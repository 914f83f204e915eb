import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { policyCheckpoint } from '../../event-store/following/follower';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { PAYMENT_LEDGER, type PaymentLedger, type PaymentRequest } from '../../paiement/contracts';
import { command } from '../../shared/kernel/message';
import type { DossierChange } from './create-dossier.handler';
import { DossierSteps } from './dossier-steps';
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
 * answer: this waits for the policy to have reacted. Should the policy lag further than the wait
 * allows, the file is given the payment here, the way the policy would (receiving a payment
 * twice is no change), so the answer never shows a file without a payment that was recorded.
 */
@CommandHandler(RecordPayment)
export class RecordPaymentHandler implements ICommandHandler<RecordPayment> {
  constructor(
    @Inject(PAYMENT_LEDGER) private readonly ledger: PaymentLedger,
    private readonly waiter: ReadModelWaiter,
    private readonly policy: ReservationPolicy,
    private readonly steps: DossierSteps,
  ) {}

  async execute({ request }: RecordPayment): Promise<DossierChange> {
    const { ownerId, dossierId } = request;
    const { payment, position } = await this.ledger.record(request);
    if (!(await this.waiter.waitFor(position, [policyCheckpoint(this.policy.name)]))) {
      const received = await this.steps.decide(command('ReceivePayment', { dossierId, ownerId, payment }), this.steps.asOwner(ownerId));
      return { dossierId, position: received.position };
    }
    const file = await this.steps.file(ownerId, dossierId).catch(() => null);
    return { dossierId, position: file?.position ?? position };
  }
}
