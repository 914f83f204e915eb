import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, StreamState } from '../../event-store/command-handler';
import { WrongExpectedRevision } from '../../event-store/wrong-expected-revision.error';
import { command } from '../../shared/kernel/message';
import type { Occupants } from '../../tarification/contracts';
import type { Dossier, DossierStay } from '../domain/dossier/dossier';
import { stayAt, staysAt } from '../domain/dossier/dossier-stays';
import { dossierStream } from '../domain/dossier/dossier.decider';
import { LifecycleForbids } from '../domain/dossier/dossier.errors';
import type { DossierChange } from './create-dossier.handler';
import { assessedTax, CHANGE_ATTEMPTS, DossierSteps, exemptionsOf, newHoldId, type StayRequest } from './dossier-steps';

/** Another accommodation's stay in the same file (a family taking two guest rooms). */
export class AddStayToDossier extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly input: StayRequest,
  ) {
    super();
  }
}

/** New dates for the file's stays, or for the one in `accommodationId`; re-priced unless the owner set the price. */
export class ChangeDossierStay extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly arrival: string,
    readonly departure: string,
    readonly accommodationId: string | null,
  ) {
    super();
  }
}

/** New occupants for the stay (in `accommodationId`, when the file has several), re-priced. */
export class ChangeDossierOccupants extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly occupants: readonly Occupants[],
    readonly accommodationId: string | null,
  ) {
    super();
  }
}

const requestOf = (stay: DossierStay): StayRequest => stay;

/**
 * A change of stays is worked out from the file as read (its stays, their prices, their holds)
 * and recorded only on that very revision of the file. When someone else changed the file in
 * between (a price, the occupants, the dates), whatever this change did on the plannings is
 * undone and it starts again from the file as it now is: two changes never overwrite each other.
 */
export async function onFreshFile(steps: DossierSteps, ownerId: string, dossierId: string, action: string, change: (file: StreamState<Dossier>) => Promise<DossierChange>): Promise<DossierChange> {
  for (let attempt = 1; ; attempt++) {
    const file = await steps.file(ownerId, dossierId);
    if (file.state.status === 'CANCELLED') throw new LifecycleForbids(action, file.state.status);
    try {
      return await change(file);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || error.streamName !== dossierStream(dossierId) || attempt >= CHANGE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

@CommandHandler(AddStayToDossier)
export class AddStayToDossierHandler implements ICommandHandler<AddStayToDossier> {
  constructor(private readonly steps: DossierSteps) {}

  /** Both holds stand or the new one goes: the file is changed only on nights already held. */
  execute({ ownerId, dossierId, input }: AddStayToDossier): Promise<DossierChange> {
    return onFreshFile(this.steps, ownerId, dossierId, 'given another stay', async (file) => {
      const dossier = file.state;
      const policy = await this.steps.policyOf(ownerId);
      const { quote, pricing } = await this.steps.price(ownerId, input, { promoCode: dossier.promoCode, override: null, dossierId, field: 'input', depositPolicy: policy });
      const stay: DossierStay = {
        stayId: randomUUID(),
        holdId: newHoldId(),
        accommodationId: input.accommodationId,
        arrival: quote.arrival,
        departure: quote.departure,
        occupants: input.occupants.filter((o) => o.count > 0),
        optionalSupplementIds: [...new Set(input.optionalSupplementIds)],
        pricing,
      };
      const context = this.steps.asOwner(ownerId);
      await this.steps.hold(ownerId, stay.accommodationId, this.steps.holdOf(dossierId, stay), context);
      try {
        const dueDates = this.steps.dueDatesFor(dossier, [...dossier.stays, stay], policy);
        const outcome = await this.steps.decide(command('AddStay', { dossierId, ownerId, stay, dueDates, touristTaxes: [assessedTax(stay.stayId, quote, {})] }), context, { builtOn: file });
        return { dossierId, position: outcome.position };
      } catch (error) {
        await this.steps.release(ownerId, stay.accommodationId, stay.holdId, context);
        throw error;
      }
    });
  }
}

@CommandHandler(ChangeDossierStay)
export class ChangeDossierStayHandler implements ICommandHandler<ChangeDossierStay> {
  constructor(private readonly steps: DossierSteps) {}

  /**
   * Each stay's hold moves in one append to its new nights, so it keeps the old ones until the
   * new are held; if any stay cannot move, or the file refuses, those already moved go back.
   */
  execute({ ownerId, dossierId, arrival, departure, accommodationId }: ChangeDossierStay): Promise<DossierChange> {
    return onFreshFile(this.steps, ownerId, dossierId, 'changed', async (file) => {
      const dossier = file.state;
      const policy = await this.steps.policyOf(ownerId);
      const priced = await Promise.all(
        staysAt(dossier, accommodationId).map(async (stay) => {
          const { quote, pricing } = await this.steps.price(ownerId, { ...requestOf(stay), arrival, departure }, { ...repricing(dossier, stay), depositPolicy: policy });
          return {
            before: stay,
            after: { ...stay, holdId: newHoldId(), arrival: quote.arrival, departure: quote.departure, pricing },
            touristTax: assessedTax(stay.stayId, quote, exemptionsOf(dossier, stay.stayId)),
          };
        }),
      );
      const context = this.steps.asOwner(ownerId);
      const moved: typeof priced = [];
      try {
        for (const change of priced) {
          await this.steps.move(ownerId, change.before.accommodationId, change.before.holdId, this.steps.holdOf(dossierId, change.after), context);
          moved.push(change);
        }
        const stays = priced.map((c) => c.after);
        const dueDates = this.steps.dueDatesFor(dossier, dossier.stays.map((s) => stays.find((c) => c.stayId === s.stayId) ?? s), policy);
        const touristTaxes = priced.map((c) => c.touristTax);
        const outcome = await this.steps.decide(command('ChangeStays', { dossierId, ownerId, stays, dueDates, touristTaxes }), context, { builtOn: file });
        return { dossierId, position: outcome.position };
      } catch (error) {
        await moveBack(this.steps, ownerId, dossierId, moved, context);
        throw error;
      }
    });
  }
}

@CommandHandler(ChangeDossierOccupants)
export class ChangeDossierOccupantsHandler implements ICommandHandler<ChangeDossierOccupants> {
  constructor(private readonly steps: DossierSteps) {}

  execute({ ownerId, dossierId, occupants, accommodationId }: ChangeDossierOccupants): Promise<DossierChange> {
    return onFreshFile(this.steps, ownerId, dossierId, 'changed', async (file) => {
      const dossier = file.state;
      const stay = stayAt(dossier, accommodationId);
      const policy = await this.steps.policyOf(ownerId);
      // The occupants are this mutation's own argument, not a field of an input.
      const { quote, pricing } = await this.steps.price(ownerId, { ...requestOf(stay), occupants }, { ...repricing(dossier, stay), field: null, depositPolicy: policy });
      const changed: DossierStay = { ...stay, occupants: occupants.filter((o) => o.count > 0), pricing };
      const dueDates = { depositDueDate: dossier.deposit.dueDate, balanceDueDate: dossier.balanceDueDate };
      const touristTaxes = [assessedTax(stay.stayId, quote, exemptionsOf(dossier, stay.stayId))];
      const outcome = await this.steps.decide(command('ChangeStays', { dossierId, ownerId, stays: [changed], dueDates, touristTaxes }), this.steps.asOwner(ownerId), { builtOn: file });
      return { dossierId, position: outcome.position };
    });
  }
}

/** An owner's price is kept through changes; the file's promo code still applies to it. */
const repricing = (dossier: Dossier, stay: DossierStay) => ({
  promoCode: dossier.promoCode,
  override: stay.pricing.overridden ? stay.pricing.accommodationPrice : null,
  dossierId: dossier.dossierId,
  field: 'input',
  exemptions: exemptionsOf(dossier, stay.stayId),
});

async function moveBack(
  steps: DossierSteps,
  ownerId: string,
  dossierId: string,
  moved: readonly { before: DossierStay; after: DossierStay }[],
  context: CommandContext,
): Promise<void> {
  for (const { before, after } of [...moved].reverse()) {
    await steps.move(ownerId, before.accommodationId, after.holdId, steps.holdOf(dossierId, before), context);
  }
}
