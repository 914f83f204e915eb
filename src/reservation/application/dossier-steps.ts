import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation, type CommandContext, type CommandOutcome } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { DEPOSIT_POLICIES, dueDates, type DepositPolicies } from '../../paiement/contracts';
import { localDayAndHour } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { command } from '../../shared/kernel/message';
import type { Money } from '../../shared/kernel/money';
import { QUOTE_SERVICE, type Occupants, type Quote, type QuoteService } from '../../tarification/contracts';
import { spanOf, type Dossier, type DossierStay, type StayPricing } from '../domain/dossier/dossier';
import { dossierDecider, dossierStream, type DossierCommand, type DossierEvent, type DossierState, type DueDates } from '../domain/dossier/dossier.decider';
import { dossierNumbersDecider, dossierNumbersStream } from '../domain/dossier/dossier-numbers.decider';
import type { Hold } from '../domain/planning/hold';
import { planningDecider, planningStream, type PlanningCommand } from '../domain/planning/planning.decider';
import { PLANNING_ATTEMPTS } from './block-nights.handler';

/** A stay as asked for, before it is priced. */
export interface StayRequest {
  readonly accommodationId: string;
  readonly arrival: string;
  readonly departure: string;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds: readonly string[];
}

/**
 * Numbering waits behind every booking the owner makes at that moment: a channel manager
 * pushing a season's bookings at once should still get numbers, not CONFLICT.
 */
const NUMBERING_ATTEMPTS = 200;

/**
 * The steps every change to a booking file is made of, each one append to one stream: pricing a
 * stay, holding or moving its nights on the planning, deciding on the file, numbering it.
 */
@Injectable()
export class DossierSteps {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
  ) {}

  /**
   * When the deposit and the balance fall due once the file holds `stays`: counted, as when it
   * was made, from the day it was made (in France) and its first arrival.
   */
  async dueDatesFor(dossier: Dossier, stays: readonly DossierStay[]): Promise<DueDates> {
    const policy = await this.policies.policyOf(dossier.ownerId);
    const createdOn = localDayAndHour(new Date(dossier.createdAt), 'Europe/Paris').date;
    return dueDates(policy, createdOn, spanOf({ stays }).arrival);
  }

  asOwner(ownerId: string): CommandContext {
    return newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
  }

  /**
   * Prices a stay as its owner would see it quoted. The back office may book what the online
   * engine refuses (a short stay, a late booking), but never more people than the place sleeps,
   * and never a stay without a price: with no rate, the owner gives one.
   */
  async price(
    ownerId: string,
    request: StayRequest,
    options: { promoCode?: string | null; override: Money | null; dossierId: string | null; field: string | null },
  ): Promise<{ quote: Quote; pricing: StayPricing }> {
    const quote = await this.quotes.quote({
      ...request,
      promoCode: options.override === null ? (options.promoCode ?? null) : null,
      ownerPrice: options.override?.cents ?? null,
      viewerOwnerId: ownerId,
      forDossierId: options.dossierId,
    });
    const overCapacity = quote.refusals.find((r) => r.code === 'OVER_CAPACITY');
    const at = (name: string) => (options.field === null ? name : `${options.field}.${name}`);
    if (overCapacity) throw new InvalidInput(at('occupants'), overCapacity.message);
    if (quote.rate === null && options.override === null) {
      throw new InvalidInput(at('price'), 'no rate prices this stay: set rates for it, or give the price yourself');
    }
    return { quote, pricing: stayPricing(quote, options.override) };
  }

  /** The stay's own hold, as the planning will know it. */
  holdOf(dossierId: string, stay: Pick<DossierStay, 'holdId' | 'arrival' | 'departure'>): Hold {
    return { holdId: stay.holdId, kind: 'DOSSIER', arrival: stay.arrival, departure: stay.departure, dossierId, reason: null };
  }

  async hold(ownerId: string, accommodationId: string, hold: Hold, context: CommandContext): Promise<void> {
    await this.onPlanning(ownerId, accommodationId, context, (addressed) => command('HoldNights', { ...addressed, hold }));
  }

  /** Answers the position the planning reached, for a caller that must show the nights free. */
  async release(ownerId: string, accommodationId: string, holdId: string, context: CommandContext): Promise<Position | null> {
    return this.onPlanning(ownerId, accommodationId, context, (addressed) => command('ReleaseNights', { ...addressed, holdId }));
  }

  /** Old nights for new in one append: the stay never stands without nights. */
  async move(ownerId: string, accommodationId: string, holdId: string, hold: Hold, context: CommandContext): Promise<void> {
    await this.onPlanning(ownerId, accommodationId, context, (addressed) => command('MoveHold', { ...addressed, holdId, hold }));
  }

  decide(command: DossierCommand, context: CommandContext): Promise<CommandOutcome<DossierEvent, DossierState>> {
    return handleCommand(this.store, dossierStream(command.data.dossierId), dossierDecider, command, context, PLANNING_ATTEMPTS);
  }

  /**
   * Gives the file the owner's next number, then writes it on the file. Both steps repeat
   * harmlessly, so a recovery that runs them again after a crash burns no number.
   */
  async number(ownerId: string, dossierId: string, context: CommandContext): Promise<CommandOutcome<DossierEvent, DossierState>> {
    const numbering = await handleCommand(
      this.store,
      dossierNumbersStream(ownerId),
      dossierNumbersDecider,
      command('AssignDossierNumber', { ownerId, dossierId }),
      context,
      NUMBERING_ATTEMPTS,
    );
    const number = numbering.state.byDossier.get(dossierId) as number;
    return this.decide(command('NumberDossier', { dossierId, ownerId, number }), context);
  }

  private async onPlanning(
    ownerId: string,
    accommodationId: string,
    context: CommandContext,
    make: (addressed: { accommodationId: string; ownerId: string; accommodationOwnerId: string | null }) => PlanningCommand,
  ): Promise<Position | null> {
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const addressed = { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null };
    const outcome = await handleCommand(this.store, planningStream(accommodationId), planningDecider, make(addressed), context, PLANNING_ATTEMPTS);
    return outcome.position;
  }
}

/** A new hold id each time a stay's nights change: the planning tells holds apart by it. */
export const newHoldId = (): string => randomUUID();

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
