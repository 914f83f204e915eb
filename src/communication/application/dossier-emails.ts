import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../../event-store/command-handler';
import { comparePositions, type Position } from '../../event-store/position';
import { bookedByGuest, GUEST_BOOKING_ACCESS, type GuestBookingAccess } from '../../reservation/contracts';
import type { Lang } from '../../shared/kernel/lang';
import type { EmailKind } from '../domain/email/email-facts';
import { languageFor } from '../domain/settings/email-settings';
import type { DossierContext } from './dossier-context';
import { DossierDocuments } from './dossier-documents';
import { emailFactsOf, type EmailExtras } from './dossier-facts';
import { Outbox, type QueuedEmail } from './outbox';

export interface QueuedEmails {
  readonly guest: QueuedEmail;
  /** The furthest of the emails queued: once the outbox's read model is there, it lists them all. */
  readonly position: Position | null;
  readonly termsMissing: boolean;
}

/**
 * The emails about a booking file: to the guest, with the owner's copy when the owner asked for
 * copies, and to the owner. Replies go to the owner, whatever address the emails leave from.
 */
@Injectable()
export class DossierEmails {
  constructor(
    private readonly outbox: Outbox,
    private readonly documents: DossierDocuments,
    @Inject(GUEST_BOOKING_ACCESS) private readonly guestBookings: GuestBookingAccess,
  ) {}

  /**
   * The guest's language: the one they booked in, for a file booked online, when the owner writes
   * in it; else the owner's first. Asked of the booking (not kept in the file context) because
   * Reservation's guest bookings depend on Communication's terms of sale, which read that context.
   */
  async langFor(context: DossierContext): Promise<Lang> {
    const booked = bookedByGuest(context.dossier.origin) ? await this.guestBookings.factsOf(context.dossier.dossierId) : null;
    return languageFor(context.settings.email, booked?.lang ?? null);
  }

  async toGuest(context: DossierContext, kind: EmailKind, cause: string, lang: Lang, commandContext: CommandContext, extras: EmailExtras = {}): Promise<QueuedEmails> {
    const { dossier, owner, settings } = context;
    const rendered = extras.withDocument ? await this.documents.render(context, lang) : null;
    const attachment = rendered && { filename: rendered.filename, contentType: 'application/pdf', bytes: rendered.pdf };
    const base = { cause, ownerId: dossier.ownerId, dossierId: dossier.dossierId, replyTo: owner.email, attachment };
    const guest = await this.outbox.queue({ ...base, recipient: 'GUEST', to: dossier.guest.email, facts: emailFactsOf(context, kind, lang, extras) }, commandContext);
    const copy = settings.email.copyToOwner
      ? await this.outbox.queue({ ...base, recipient: 'OWNER', to: owner.email, replyTo: dossier.guest.email, facts: emailFactsOf(context, kind, lang, { ...extras, copy: true }) }, commandContext)
      : null;
    return { guest, position: furthest(guest.position, copy?.position ?? null), termsMissing: rendered?.termsMissing ?? false };
  }

  async toOwner(context: DossierContext, kind: EmailKind, cause: string, commandContext: CommandContext): Promise<void> {
    const { dossier, owner } = context;
    const lang = context.settings.email.languages[0];
    await this.outbox.queue(
      { cause, ownerId: dossier.ownerId, dossierId: dossier.dossierId, recipient: 'OWNER', to: owner.email, replyTo: dossier.guest.email, facts: emailFactsOf(context, kind, lang), attachment: null },
      commandContext,
    );
  }
}

const furthest = (a: Position | null, b: Position | null): Position | null => (a === null ? b : b === null ? a : comparePositions(a, b) >= 0 ? a : b);
