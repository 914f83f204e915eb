import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadState, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import type { PaymentsEvent } from '../../paiement/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { DomainError } from '../../shared/kernel/errors';
import { command } from '../../shared/kernel/message';
import { dossierDecider, dossierStream, type DossierEvent } from '../domain/dossier/dossier.decider';
import { DossierSteps } from './dossier-steps';

type Followed = PaymentsEvent | Extract<DossierEvent, { type: 'DossierOpened' | 'DossierCancelled' | 'DossierDeleted' }>;

/**
 * What Reservation does when events happen, whoever caused them:
 * - a payment recorded in Paiement's ledger is received by its file, which moves its status;
 * - an opened file is numbered (done at once by the handler; this finishes it after a crash);
 * - a cancelled or deleted file's nights are freed (likewise).
 * Every reaction repeats harmlessly, as the policy may see an event twice.
 */
@Injectable()
export class ReservationPolicy implements Policy {
  readonly name = 'reservation';
  readonly handles: readonly Followed['type'][] = ['PaymentRecorded', 'DossierOpened', 'DossierCancelled', 'DossierDeleted'];
  private readonly logger = new Logger(ReservationPolicy.name);

  constructor(
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async react(recorded: RecordedEvent): Promise<void> {
    const e = recorded as unknown as Followed;
    const context: CommandContext = { actor: recorded.metadata.actor, now: this.clock.now(), correlationId: recorded.metadata.correlationId, causationId: recorded.id };
    const { dossierId, ownerId } = e.data;
    try {
      switch (e.type) {
        case 'PaymentRecorded':
          await this.steps.decide(command('ReceivePayment', { dossierId, ownerId, payment: e.data.payment }), context);
          return;
        case 'DossierOpened': {
          // The handler numbers the file at once; reading its short stream spares the owner's
          // numbering stream, which every booking of the owner contends for, a second round.
          const dossier = await loadState(this.store, dossierStream(dossierId), dossierDecider);
          if (dossier?.number == null) await this.steps.number(ownerId, dossierId, context);
          return;
        }
        case 'DossierCancelled':
        case 'DossierDeleted': {
          const dossier = await loadState(this.store, dossierStream(dossierId), dossierDecider);
          for (const stay of dossier?.stays ?? []) await this.steps.release(ownerId, stay.accommodationId, stay.holdId, context);
          return;
        }
      }
    } catch (error) {
      // A refusal will not change on a retry; anything else (the database away) is retried.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`${e.type} ${recorded.id} of booking file ${dossierId} left as it is: ${error.message}`);
    }
  }
}
