import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import type { Position } from '../../event-store/position';
import { DEPOSIT_POLICIES, dueDates, type DepositPolicies } from '../../paiement/contracts';
import { command } from '../../shared/kernel/message';
import { money } from '../../shared/kernel/money';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import { PROMO_CODE_USE, type PromoCodeUse } from '../../tarification/contracts';
import type { DossierStay } from '../domain/dossier/dossier';
import { parseGuest, type GuestInput } from '../domain/dossier/guest';
import { DossierSteps, newHoldId, type StayRequest } from './dossier-steps';

export interface CreateDossierInput extends StayRequest {
  readonly guest: GuestInput;
  readonly promoCode?: string | null;
  /** Cents: the owner's own accommodation price, in place of the quote's. */
  readonly price?: number | null;
  readonly note?: string | null;
  readonly internalNote?: string | null;
}

export interface DossierChange {
  readonly dossierId: string;
  readonly position: Position | null;
}

/** Holds the nights and opens a booking file in the back office, as an option. */
export class CreateDossier extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly input: CreateDossierInput,
  ) {
    super();
  }
}

export const noteText = (field: string, value: string | null | undefined): string | null => optionalText(field, value, TEXT_LIMITS.long, { multiline: true });

/**
 * The nights come first: their hold is the one step that may be refused (UNAVAILABLE), and a
 * refusal leaves nothing behind. The file is opened only on held nights, and numbered only once
 * it exists, so no number is burnt; should this process die between steps, the Reservation
 * policy numbers an opened file on its own.
 */
@CommandHandler(CreateDossier)
export class CreateDossierHandler implements ICommandHandler<CreateDossier> {
  constructor(
    private readonly steps: DossierSteps,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(DEPOSIT_POLICIES) private readonly policies: DepositPolicies,
    @Inject(PROMO_CODE_USE) private readonly promoCodes: PromoCodeUse,
  ) {}

  async execute({ ownerId, input }: CreateDossier): Promise<DossierChange> {
    const guest = parseGuest('input.guest', input.guest);
    const override = input.price == null ? null : money('input.price', input.price);
    const note = noteText('input.note', input.note);
    const internalNote = noteText('input.internalNote', input.internalNote);
    const { accommodationId } = input;
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const dossierId = randomUUID();
    const [{ quote, pricing }, policy] = await Promise.all([
      this.steps.price(ownerId, input, { promoCode: input.promoCode, override, dossierId, field: 'input' }),
      this.policies.policyOf(ownerId),
    ]);
    const stay: DossierStay = {
      stayId: randomUUID(),
      holdId: newHoldId(),
      accommodationId,
      arrival: quote.arrival,
      departure: quote.departure,
      occupants: input.occupants.filter((o) => o.count > 0),
      optionalSupplementIds: [...new Set(input.optionalSupplementIds)],
      pricing,
    };
    const context = this.steps.asOwner(ownerId);
    await this.steps.hold(ownerId, accommodationId, this.steps.holdOf(dossierId, stay), context);
    try {
      const code = quote.discounts.find((d) => d.source === 'PROMO_CODE');
      if (code?.sourceId) await this.promoCodes.consume(ownerId, code.sourceId, dossierId, context);
      const { depositDueDate, balanceDueDate } = dueDates(policy, quote.today, quote.arrival);
      await this.steps.decide(
        command('OpenDossier', {
          dossierId,
          ownerId,
          createdAt: context.now.toISOString(),
          origin: 'BACK_OFFICE' as const,
          guest,
          stays: [stay],
          note,
          internalNote,
          promoCode: code ? quote.promoCode?.code ?? null : null,
          deposit: { kind: quote.deposit.kind, percent: quote.deposit.percent, dueDate: depositDueDate },
          balanceDueDate,
        }),
        context,
      );
    } catch (error) {
      // The nights were held for this file alone: give them back before saying why it failed.
      await this.steps.release(ownerId, accommodationId, stay.holdId, context);
      throw error;
    }
    const numbered = await this.steps.number(ownerId, dossierId, context);
    return { dossierId, position: numbered.position };
  }
}
