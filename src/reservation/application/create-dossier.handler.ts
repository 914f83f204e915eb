import { randomUUID } from 'node:crypto';
import { Inject, Logger } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandOutcome } from '../../event-store/command-handler';
import { describeError } from '../../event-store/following/parked-events';
import { isTransient } from '../../event-store/following/transient-errors';
import type { Position } from '../../event-store/position';
import { dueDates } from '../../paiement/contracts';
import { isUuid } from '../../shared/kernel/ids';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { Conflict } from '../../shared/kernel/errors';
import { command, type Actor } from '../../shared/kernel/message';
import { money } from '../../shared/kernel/money';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import { PROMO_CODE_USE, type PromoCodeUse } from '../../tarification/contracts';
import type { BookingSource, DossierStay } from '../domain/dossier/dossier';
import type { DossierEvent, DossierState } from '../domain/dossier/dossier.decider';
import { parseGuest, type GuestInput } from '../domain/dossier/guest';
import { assessedTax, DossierSteps, newHoldId, type StayRequest } from './dossier-steps';

export interface CreateDossierInput extends StayRequest {
  readonly guest: GuestInput;
  readonly promoCode?: string | null;
  /** Cents: the owner's own accommodation price, in place of the quote's. */
  readonly price?: number | null;
  readonly note?: string | null;
  readonly internalNote?: string | null;
  /** The file's id, when the booking engine named it already (its guest booking's); a file by that id is not opened twice. */
  readonly dossierId?: string;
  /** Nights held for the guest while they paid (a PENDING_PAYMENT hold): the file takes them over, or holds them afresh if they went back. */
  readonly heldBy?: string | null;
}

export interface DossierChange {
  readonly dossierId: string;
  readonly position: Position | null;
}

/** Holds the nights and opens a booking file as an option: in the back office, unless another origin is named. */
export class CreateDossier extends Command<DossierChange> {
  constructor(
    readonly ownerId: string,
    readonly input: CreateDossierInput,
    /** The guest booking engine opens ONLINE or MARKETPLACE files; GraphQL's createDossier is the back office. */
    readonly source: BookingSource = { origin: 'BACK_OFFICE', destinationId: null },
    /** Who asks, for the file's history: the owner unless said (a guest booking online). */
    readonly actor: Actor = { kind: 'owner', id: ownerId },
  ) {
    super();
  }
}

export const noteText = (field: string, value: string | null | undefined): string | null => optionalText(field, value, TEXT_LIMITS.long, { multiline: true });

/**
 * The nights come first: their hold is the one step that may be refused (UNAVAILABLE), and a
 * refusal leaves nothing behind. The file is opened only on held nights, and numbered only once
 * it exists, so no number is burnt. If opening fails, the nights and a single-use code it took
 * are given back. Each step is done here, once; should this process die between steps, the
 * recovery (see BookingRecovery) finishes the numbering or frees the nights.
 */
@CommandHandler(CreateDossier)
export class CreateDossierHandler implements ICommandHandler<CreateDossier> {
  private readonly logger = new Logger(CreateDossierHandler.name);

  constructor(
    private readonly steps: DossierSteps,
    @Inject(PROMO_CODE_USE) private readonly promoCodes: PromoCodeUse,
  ) {}

  async execute({ ownerId, input, source, actor }: CreateDossier): Promise<DossierChange> {
    const guest = parseGuest('input.guest', input.guest);
    const override = input.price == null ? null : money('input.price', input.price);
    const note = noteText('input.note', input.note);
    const internalNote = noteText('input.internalNote', input.internalNote);
    const { accommodationId } = input;
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'input.accommodationId');
    const dossierId = input.dossierId ?? randomUUID();
    if (input.dossierId !== undefined && (await this.steps.exists(dossierId))) return { dossierId, position: null };
    const policy = await this.steps.policyOf(ownerId);
    // Also the check that the accommodation is the caller's.
    const { quote, pricing } = await this.steps.price(ownerId, input, { promoCode: input.promoCode, override, dossierId, field: 'input', depositPolicy: policy });
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
    const context = this.steps.as(actor);
    await this.holdNights(ownerId, stay, dossierId, input.heldBy ?? null, context);
    const code = quote.discounts.find((d) => d.source === 'PROMO_CODE')?.sourceId ?? null;
    let consumed = false;
    let opened: CommandOutcome<DossierEvent, DossierState>;
    try {
      if (code) {
        await this.promoCodes.consume(ownerId, code, dossierId, context);
        consumed = true;
      }
      const { depositDueDate, balanceDueDate } = dueDates(policy, quote.today, quote.arrival);
      opened = await this.steps.decide(
        command('OpenDossier', {
          dossierId,
          ownerId,
          createdAt: context.now.toISOString(),
          timeZone: quote.timeZone,
          origin: source.origin,
          destinationId: source.destinationId,
          guest,
          stays: [stay],
          note,
          internalNote,
          promoCode: code ? (quote.promoCode?.code ?? null) : null,
          deposit: { kind: quote.deposit.kind, percent: quote.deposit.percent, dueDate: depositDueDate },
          balanceDueDate,
          touristTaxes: [assessedTax(stay.stayId, quote, {})],
        }),
        context,
        { known: { state: null, revision: null, position: null } },
      );
    } catch (error) {
      await this.giveBack(ownerId, accommodationId, stay.holdId, consumed ? code : null, dossierId, context);
      throw error;
    }
    try {
      const numbered = await this.steps.number(ownerId, dossierId, context, opened);
      return { dossierId, position: numbered.position };
    } catch (error) {
      // The file is made and holds its nights: the answer shows it, without a number for a moment.
      if (!isTransient(error)) throw error;
      this.logger.warn(`Booking file ${dossierId} opened; its numbering is left to the recovery: ${describeError(error)}`);
      return { dossierId, position: opened.position };
    }
  }

  private async holdNights(ownerId: string, stay: DossierStay, dossierId: string, heldBy: string | null, context: CommandContext): Promise<void> {
    const hold = this.steps.holdOf(dossierId, stay);
    if (heldBy !== null) {
      try {
        await this.steps.move(ownerId, stay.accommodationId, heldBy, hold, context);
        return;
      } catch (error) {
        // The nights held while the guest paid went back (the payment came late): hold them afresh, if still free.
        if (!(error instanceof Conflict)) throw error;
      }
    }
    await this.steps.hold(ownerId, stay.accommodationId, hold, context);
  }

  /** The nights, and a single-use code, were taken for this file alone: they go back before saying why it failed. */
  private async giveBack(ownerId: string, accommodationId: string, holdId: string, code: string | null, dossierId: string, context: CommandContext): Promise<void> {
    await this.steps.release(ownerId, accommodationId, holdId, context);
    if (code) await this.promoCodes.release(ownerId, code, dossierId, context);
  }
}
