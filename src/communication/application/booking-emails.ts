import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_FOR_DOCUMENTS, type CatalogueForDocuments, type OwnerForDocuments } from '../../catalogue/contracts';
import type { CommandContext } from '../../event-store/command-handler';
import { GUEST_BOOKING_ACCESS, type GuestBookingAccess, type GuestBookingFacts } from '../../reservation/contracts';
import type { Lang } from '../../shared/kernel/lang';
import type { Money } from '../../shared/kernel/money';
import type { BookingEmailFacts, BookingEmailKind } from '../domain/email/email-facts';
import type { CommunicationSettings } from '../domain/settings/communication-settings.decider';
import { languageFor } from '../domain/settings/email-settings';
import { DossierContexts } from './dossier-context';
import { footerOf, senderName } from './dossier-facts';
import { Outbox } from './outbox';

/** What an email about an online booking that has no file says, gathered from the contexts. */
export interface BookingContext {
  readonly booking: GuestBookingFacts;
  readonly owner: OwnerForDocuments;
  readonly accommodationName: string;
  readonly settings: CommunicationSettings;
}

/**
 * The emails about an online booking that never became a file: expired unpaid, or paid too late
 * for nights taken meanwhile. They are filed under the booking's id, which its file takes should a
 * late payment still open one: the owner then finds on the file what its guest was told.
 */
@Injectable()
export class BookingEmails {
  constructor(
    @Inject(GUEST_BOOKING_ACCESS) private readonly bookings: GuestBookingAccess,
    @Inject(CATALOGUE_FOR_DOCUMENTS) private readonly catalogue: CatalogueForDocuments,
    private readonly contexts: DossierContexts,
    private readonly outbox: Outbox,
  ) {}

  /** Null when no guest booked online under this id, or its owner or accommodation is gone. */
  async contextOf(guestBookingId: string): Promise<BookingContext | null> {
    const booking = await this.bookings.factsOf(guestBookingId);
    if (!booking) return null;
    const [owner, accommodations, settings] = await Promise.all([
      this.catalogue.ownerForDocuments(booking.ownerId),
      this.catalogue.accommodationsForDocuments([booking.accommodationId]),
      this.contexts.settingsOf(booking.ownerId),
    ]);
    const accommodation = accommodations.get(booking.accommodationId);
    return owner && accommodation ? { booking, owner, accommodationName: accommodation.name, settings } : null;
  }

  /** In the language the guest booked in, when the owner writes in it. */
  async toGuest(context: BookingContext, kind: BookingEmailKind, cause: string, refund: Money | null, commandContext: CommandContext): Promise<void> {
    const { booking, owner, settings } = context;
    const facts = factsOf(context, kind, languageFor(settings.email, booking.lang), refund);
    await this.outbox.queue(
      { cause, ownerId: booking.ownerId, dossierId: booking.guestBookingId, recipient: 'GUEST', to: booking.guest.email, replyTo: owner.email, facts, attachment: null },
      commandContext,
    );
  }

  async toOwner(context: BookingContext, kind: BookingEmailKind, cause: string, refund: Money | null, commandContext: CommandContext): Promise<void> {
    const { booking, owner, settings } = context;
    const facts = factsOf(context, kind, settings.email.languages[0], refund);
    await this.outbox.queue(
      { cause, ownerId: booking.ownerId, dossierId: booking.guestBookingId, recipient: 'OWNER', to: owner.email, replyTo: booking.guest.email, facts, attachment: null },
      commandContext,
    );
  }
}

function factsOf(context: BookingContext, kind: BookingEmailKind, lang: Lang, refund: Money | null): BookingEmailFacts {
  const { booking } = context;
  const { guest } = booking;
  return {
    kind,
    lang,
    copy: false,
    sender: senderName(context),
    booking: {
      guestName: [guest.firstName, guest.lastName].filter((p) => p !== null).join(' '),
      guestEmail: guest.email,
      guestPhone: [guest.phone1, guest.phone2, guest.phone3].find((p) => p !== null) ?? null,
      accommodationName: context.accommodationName,
      arrival: booking.arrival,
      departure: booking.departure,
    },
    refund,
    footer: footerOf(context, lang),
  };
}
