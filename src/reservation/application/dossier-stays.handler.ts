import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { loadState, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import type { Occupants } from '../../tarification/contracts';
import type { Dossier, DossierStay } from '../domain/dossier/dossier';
import { dossierDecider, dossierStream } from '../domain/dossier/dossier.decider';
import { DossierNotFound, LifecycleForbids, StayNotInDossier, StayNotNamed } from '../domain/dossier/dossier.errors';
import type { DossierChange } from './create-dossier.handler';
import { DossierSteps, newHoldId, type StayRequest } from './dossier-steps';

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

/** The caller's file as it stands, refused early when it cannot change (the decider checks again). */
async function changeableDossier(store: EventStore, ownerId: string, dossierId: string, action: string): Promise<Dossier> {
  const dossier = isUuid(dossierId) ? await loadState(store, dossierStream(dossierId), dossierDecider) : null;
  if (dossier === null || dossier.ownerId !== ownerId || dossier.deleted) throw new DossierNotFound(dossierId);
  if (dossier.status === 'CANCELLED') throw new LifecycleForbids(action, dossier.status);
  return dossier;
}

/** The stays a change is about: the named accommodation's, or all of them when none is named. */
function staysAt(dossier: Dossier, accommodationId: string | null): DossierStay[] {
  if (accommodationId === null) return [...dossier.stays];
  const stay = dossier.stays.find((s) => s.accommodationId === accommodationId);
  if (!stay) throw new StayNotInDossier('accommodationId', accommodationId);
  return [stay];
}

const requestOf = (stay: DossierStay): StayRequest => stay;

@CommandHandler(AddStayToDossier)
export class AddStayToDossierHandler implements ICommandHandler<AddStayToDossier> {
  constructor(
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  /** Both holds stand or the new one goes: the file is changed only on nights already held. */
  async execute({ ownerId, dossierId, input }: AddStayToDossier): Promise<DossierChange> {
    const dossier = await changeableDossier(this.store, ownerId, dossierId, 'given another stay');
    await assertCallerOwns(this.catalogue, ownerId, input.accommodationId);
    const { quote, pricing } = await this.steps.price(ownerId, input, { promoCode: dossier.promoCode, override: null, dossierId, field: 'input' });
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
      const dueDates = await this.steps.dueDatesFor(dossier, [...dossier.stays, stay]);
      const outcome = await this.steps.decide(command('AddStay', { dossierId, ownerId, stay, dueDates }), context);
      return { dossierId, position: outcome.position };
    } catch (error) {
      await this.steps.release(ownerId, stay.accommodationId, stay.holdId, context);
      throw error;
    }
  }
}

@CommandHandler(ChangeDossierStay)
export class ChangeDossierStayHandler implements ICommandHandler<ChangeDossierStay> {
  constructor(
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Each stay's hold moves in one append to its new nights, so it keeps the old ones until the
   * new are held; if any stay cannot move, those already moved go back, and the file is unchanged.
   */
  async execute({ ownerId, dossierId, arrival, departure, accommodationId }: ChangeDossierStay): Promise<DossierChange> {
    const dossier = await changeableDossier(this.store, ownerId, dossierId, 'changed');
    const priced = await Promise.all(
      staysAt(dossier, accommodationId).map(async (stay) => {
        const { quote, pricing } = await this.steps.price(ownerId, { ...requestOf(stay), arrival, departure }, repricing(dossier, stay));
        return { before: stay, after: { ...stay, holdId: newHoldId(), arrival: quote.arrival, departure: quote.departure, pricing } };
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
      const dueDates = await this.steps.dueDatesFor(dossier, dossier.stays.map((s) => stays.find((c) => c.stayId === s.stayId) ?? s));
      const outcome = await this.steps.decide(command('ChangeStays', { dossierId, ownerId, stays, dueDates }), context);
      return { dossierId, position: outcome.position };
    } catch (error) {
      await moveBack(this.steps, ownerId, dossierId, moved, context);
      throw error;
    }
  }
}

@CommandHandler(ChangeDossierOccupants)
export class ChangeDossierOccupantsHandler implements ICommandHandler<ChangeDossierOccupants> {
  constructor(
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ ownerId, dossierId, occupants, accommodationId }: ChangeDossierOccupants): Promise<DossierChange> {
    const dossier = await changeableDossier(this.store, ownerId, dossierId, 'changed');
    const stays = staysAt(dossier, accommodationId);
    if (stays.length > 1) throw new StayNotNamed();
    const [stay] = stays;
    // The occupants are this mutation's own argument, not a field of an input.
    const { pricing } = await this.steps.price(ownerId, { ...requestOf(stay), occupants }, { ...repricing(dossier, stay), field: null });
    const changed: DossierStay = { ...stay, occupants: occupants.filter((o) => o.count > 0), pricing };
    const dueDates = { depositDueDate: dossier.deposit.dueDate, balanceDueDate: dossier.balanceDueDate };
    const outcome = await this.steps.decide(command('ChangeStays', { dossierId, ownerId, stays: [changed], dueDates }), this.steps.asOwner(ownerId));
    return { dossierId, position: outcome.position };
  }
}

/** An owner's price is kept through changes; the file's promo code still applies to it. */
const repricing = (dossier: Dossier, stay: DossierStay) => ({
  promoCode: dossier.promoCode,
  override: stay.pricing.overridden ? stay.pricing.accommodationPrice : null,
  dossierId: dossier.dossierId,
  field: 'input',
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
