import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, loadStream, newCorrelation, type CommandContext, type CommandOutcome, type StreamState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { latestPosition, type Position } from '../../event-store/position';
import { DEPOSIT_POLICIES, dueDates, type DepositPolicies, type DepositPolicy } from '../../paiement/contracts';
import { localDayAndHour, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command, type Actor } from '../../shared/kernel/message';
import type { Money } from '../../shared/kernel/money';
import { ExemptionsExceedAdults, QUOTE_SERVICE, type Occupants, type Quote, type QuoteService, type RecordedExemptions } from '../../tarification/contracts';
import { spanOf, type Dossier, type DossierStay, type StayPricing, type StayTouristTax } from '../domain/dossier/dossier';
import { dossierDecider, dossierStream, type DossierCommand, type DossierEvent, type DossierState, type DueDates } from '../domain/dossier/dossier.decider';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import { dossierNumbersDecider, dossierNumbersStream, numberGivenTo } from '../domain/dossier/dossier-numbers.decider';
import type { Hold } from '../domain/planning/hold';
import { planningDecider, planningStream, type PlanningCommand } from '../domain/planning/planning.decider';

/** A stay as asked for, before it is priced. */
export interface StayRequest {
  readonly accommodationId: string;
  readonly arrival: string;
  readonly departure: string;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds: readonly string[];
}

/**
 * A busy accommodation's planning is one stream many writers append to; each lost race costs a
 * re-read, and a caller should get a real answer (held, or UNAVAILABLE) rather than CONFLICT.
 */
export const PLANNING_ATTEMPTS = 50;

/**
 * Numbering waits behind every booking the owner makes at that moment: a channel manager
 * pushing a season's bookings at once should still get numbers, not CONFLICT.
 */
const NUMBERING_ATTEMPTS = 200;

/** A change built on the file as read is tried again from a fresh read this many times. */
export const CHANGE_ATTEMPTS = 8;

/**
 * The steps every change to a booking file is made of, each one append to one stream: pricing a
 * stay, holding or moving its nights on the planning, deciding on the file, numbering it. Each
 * step is done once, by the one who asks; the recovery only finishes what a crash interrupted.
 */
@Injectable()
export class DossierSteps {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
  ) {}

  asOwner(ownerId: string): CommandContext {
    return this.as({ kind: 'owner', id: ownerId });
  }

  as(actor: Actor): CommandContext {
    return newCorrelation(actor, this.clock.now());
  }

  /** Whether a file by this id was ever opened (deleted since, too): a retried opening must not open it again. */
  async exists(dossierId: string): Promise<boolean> {
    return (await this.store.readStream(dossierStream(dossierId))).length > 0;
  }

  policyOf(ownerId: string): Promise<DepositPolicy> {
    return this.policies.policyOf(ownerId);
  }

  /**
   * When the deposit and the balance fall due once the file holds `stays`: counted, as when it
   * was made, from the day it was made where the accommodation is, and from its first arrival.
   */
  dueDatesFor(dossier: Dossier, stays: readonly DossierStay[], policy: DepositPolicy): DueDates {
    const createdOn = localDayAndHour(new Date(dossier.createdAt), dossier.timeZone).date;
    return dueDates(policy, createdOn, spanOf({ stays }).arrival);
  }

  /**
   * Prices a stay of the owner's own accommodation, as its owner would see it quoted: this is
   * also the one check that the accommodation is theirs (another owner's answers NOT_FOUND, as an
   * unknown one). The back office may book what the online engine refuses (a short stay, a late
   * booking), but never more people than the place sleeps, and never a stay without a price:
   * with no rate, the owner gives one.
   */
  async price(
    ownerId: string,
    request: StayRequest,
    options: { promoCode?: string | null; override: Money | null; dossierId: string | null; field: string | null; depositPolicy: DepositPolicy; exemptions?: RecordedExemptions; exemptionsField?: string },
  ): Promise<{ quote: Quote; pricing: StayPricing }> {
    const at = (name: string) => (options.field === null ? name : `${options.field}.${name}`);
    const quote = await this.quotes.quote({
      ...request,
      touristTaxExemptions: options.exemptions ?? null,
      promoCode: options.override === null ? (options.promoCode ?? null) : null,
      ownerPrice: options.override?.cents ?? null,
      viewerOwnerId: ownerId,
      ownedBy: ownerId,
      forDossierId: options.dossierId,
      depositPolicy: options.depositPolicy,
    }).catch((error: unknown) => {
      // Fewer adults than the exemptions recorded: the occupants changed, or the exemptions did.
      throw error instanceof ExemptionsExceedAdults ? new ExemptionsExceedAdults(options.exemptionsField ?? at('occupants'), error.exempt, error.adults) : error;
    });
    const overCapacity = quote.refusals.find((r) => r.code === 'OVER_CAPACITY');
    if (overCapacity) throw new InvalidInput(at('occupants'), overCapacity.message);
    if (quote.rate === null && options.override === null) {
      throw new InvalidInput(at('price'), 'no rate prices this stay: set rates for it, or give the price yourself');
    }
    return { quote, pricing: stayPricing(quote, options.override) };
  }

  /**
   * A stay's tax assessed again on the file's own terms (its nights, occupants and frozen price,
   * or `price` when the owner sets another), with `exemptions`: its commune's tables and its
   * classement as they stand today.
   */
  async reassess(ownerId: string, dossierId: string, stay: DossierStay, { price, exemptions }: { price: Money; exemptions: RecordedExemptions }): Promise<StayTouristTax> {
    const depositPolicy = await this.policyOf(ownerId);
    const { quote } = await this.price(ownerId, stay, { override: price, promoCode: null, dossierId, field: null, depositPolicy, exemptions, exemptionsField: 'exemptions' });
    return assessedTax(stay.stayId, quote, exemptions);
  }

  /** The stay's own hold, as the planning will know it. */
  holdOf(dossierId: string, stay: Pick<DossierStay, 'holdId' | 'arrival' | 'departure'>): Hold {
    return { holdId: stay.holdId, kind: 'DOSSIER', arrival: stay.arrival, departure: stay.departure, dossierId, reason: null };
  }

  /** Holds nights on the owner's accommodation, which the caller has checked is theirs (`price` does). */
  async hold(ownerId: string, accommodationId: string, hold: Hold, context: CommandContext): Promise<Position | null> {
    return this.onPlanning(ownerId, accommodationId, context, (addressed) => command('HoldNights', { ...addressed, hold }));
  }

  /** Answers the position the planning reached, for a caller that must show the nights free. */
  async release(ownerId: string, accommodationId: string, holdId: string, context: CommandContext): Promise<Position | null> {
    return this.onPlanning(ownerId, accommodationId, context, (addressed) => command('ReleaseNights', { ...addressed, holdId }));
  }

  /**
   * Frees at once the nights of a file the outcome cancelled (by hand or as an unpaid option's
   * release) or deleted; the Reservation policy frees them again from the event, harmlessly,
   * should this process die in between. Answers the latest position reached, the outcome's when
   * nothing was freed, for a caller that must show the nights free.
   */
  async freeNightsIfEnded(ownerId: string, outcome: CommandOutcome<DossierEvent, DossierState>, context: CommandContext): Promise<Position | null> {
    let position = outcome.position;
    if (!outcome.state || !outcome.events.some((e) => e.type === 'DossierCancelled' || e.type === 'DossierDeleted')) return position;
    for (const stay of outcome.state.stays) position = latestPosition(position, await this.release(ownerId, stay.accommodationId, stay.holdId, context));
    return position;
  }

  /** Old nights for new in one append: the stay never stands without nights. */
  async move(ownerId: string, accommodationId: string, holdId: string, hold: Hold, context: CommandContext): Promise<Position | null> {
    return this.onPlanning(ownerId, accommodationId, context, (addressed) => command('MoveHold', { ...addressed, holdId, hold }));
  }

  /** The caller's file as it stands, with its revision: a change is then built on exactly that. */
  async file(ownerId: string, dossierId: string): Promise<StreamState<Dossier>> {
    const stream = isUuid(dossierId) ? await loadStream(this.store, dossierStream(dossierId), dossierDecider) : null;
    const dossier = stream?.state ?? null;
    if (stream === null || dossier === null || dossier.ownerId !== ownerId || dossier.deleted) throw new DossierNotFound(dossierId);
    return { ...stream, state: dossier };
  }

  /**
   * Decides on the file. With `builtOn`, the command was worked out from the file at that
   * revision (re-priced stays, new holds): it is refused with WrongExpectedRevision if the file
   * moved since, so a change never overwrites one it did not see; the caller starts again. With
   * `known`, the file as the caller just wrote it spares a read; a concurrent change is then
   * simply decided on afresh.
   */
  decide(
    command: DossierCommand,
    context: CommandContext,
    from: { builtOn?: StreamState<DossierState>; known?: StreamState<DossierState> } = {},
  ): Promise<CommandOutcome<DossierEvent, DossierState>> {
    return handleCommand(this.store, dossierStream(command.data.dossierId), dossierDecider, command, context, {
      maxAttempts: PLANNING_ATTEMPTS,
      known: from.builtOn ?? from.known,
      builtOnKnownState: from.builtOn !== undefined,
    });
  }

  /**
   * Gives the file the owner's next number, then writes it on the file, which `opened` says as
   * it stood right after opening: no second read. The numbering stream keeps only its last
   * number, so this costs the same whether the owner has ten files or ten thousand.
   */
  async number(ownerId: string, dossierId: string, context: CommandContext, opened?: StreamState<DossierState>): Promise<CommandOutcome<DossierEvent, DossierState>> {
    const numbering = await handleCommand(this.store, dossierNumbersStream(ownerId), dossierNumbersDecider, command('AssignDossierNumber', { ownerId, dossierId }), context, {
      maxAttempts: NUMBERING_ATTEMPTS,
    });
    return this.decide(command('NumberDossier', { dossierId, ownerId, number: numbering.state.last }), context, { known: opened });
  }

  /**
   * Numbers a file whose numbering a crash interrupted: with the number the owner's stream gave
   * it already, if it got that far, else the next one.
   */
  async finishNumbering(ownerId: string, dossierId: string, context: CommandContext): Promise<void> {
    const given = numberGivenTo(
      (await this.store.readStream(dossierNumbersStream(ownerId))).map((r) => dossierNumbersDecider.events.decode(r)),
      dossierId,
    );
    if (given === null) await this.number(ownerId, dossierId, context);
    else await this.decide(command('NumberDossier', { dossierId, ownerId, number: given }), context);
  }

  /** The day it is, as the planning's closing of past nights counts it; a month's margin makes the zone moot. */
  today(): CalendarDate {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async onPlanning(
    ownerId: string,
    accommodationId: string,
    context: CommandContext,
    make: (addressed: { accommodationId: string; ownerId: string; accommodationOwnerId: string; today: CalendarDate }) => PlanningCommand,
  ): Promise<Position | null> {
    const addressed = { accommodationId, ownerId, accommodationOwnerId: ownerId, today: this.today() };
    const outcome = await handleCommand(this.store, planningStream(accommodationId), planningDecider, make(addressed), context, { maxAttempts: PLANNING_ATTEMPTS });
    return outcome.position;
  }
}


/** A new hold id each time a stay's nights change: the planning tells holds apart by it. */
export const newHoldId = (): string => randomUUID();

/** The adults the owner recorded as exempt on a stay of the file: a stay priced again keeps them. */
export const exemptionsOf = (dossier: Pick<Dossier, 'touristTaxes'>, stayId: string): RecordedExemptions => dossier.touristTaxes.find((t) => t.stayId === stayId)?.exemptions ?? {};

/** The stay's taxe de séjour as its quote assessed it, for the file to keep beside its pricing. */
export const assessedTax = (stayId: string, quote: Quote, exemptions: RecordedExemptions): StayTouristTax => ({
  stayId,
  exemptions,
  amount: quote.touristTax.amount,
  detail: quote.touristTax.detail,
  authority: quote.touristTax.authority,
});

/** The quote's lines, frozen. */
export function stayPricing(quote: Quote, override: Money | null): StayPricing {
  return {
    accommodationPrice: quote.discountedAccommodationPrice,
    overridden: override !== null,
    discounts: quote.discounts.map((d) => ({ label: d.label, amount: d.amount })),
    supplements: quote.supplements.map((s) => ({ supplementId: s.supplementId, label: s.label, amount: s.amount })),
    touristTax: quote.touristTax.amount,
  };
}
