import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DOSSIER_MAILING, type DossierMailing } from '../../communication/contracts';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { guestBookingDecider, guestBookingStream } from '../domain/guest-booking/guest-booking.decider';
import { backOfficeName } from '../domain/guests/guest-identity';
import type { DossierDocument } from '../infrastructure/dossier-document';
import { GetDossierFromEvents } from '../infrastructure/dossier.queries';
import { GuestFiles } from './guest-erasure';

/** What an export is, for whoever reads it in ten years. */
const FORMAT = 'osmb.guest-data/1';

export interface GuestDataExport {
  readonly guestId: string;
  /** "donnees-client-DUPONT-Marie-2026-12-03.json": what a download is saved as. */
  readonly fileName: string;
  readonly json: string;
}

/**
 * Everything the owner holds about one guest (RGPD art. 15 and 20), as one JSON document the
 * owner may hand over: each file with the guest as it names them, the stays, the money, the notes
 * written about them, the emails sent them, and the consents they gave when they booked online
 * (the terms' version and when they were accepted; the marketing opt-in, its wording and time),
 * kept as proof. Read from each file's events, not a read model: what the files say now.
 */
@Injectable()
export class GuestDataExporter {
  constructor(
    private readonly files: GuestFiles,
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOSSIER_MAILING) private readonly mailing: DossierMailing,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async export(ownerId: string, guestId: string): Promise<GuestDataExport> {
    const dossierIds = await this.files.of(ownerId, guestId);
    const documents = (await Promise.all(dossierIds.map((id) => this.queries.execute<GetDossierFromEvents, DossierDocument | null>(new GetDossierFromEvents(ownerId, id))))).filter(
      (d): d is DossierDocument => d !== null,
    );
    const files = await Promise.all(documents.map((document) => this.file(document)));
    const latest = [...documents].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
    const exportedAt = this.clock.now().toISOString();
    const body = { format: FORMAT, exportedAt, guestId, guest: latest?.guest ?? null, files };
    const name = latest ? backOfficeName(latest.guest).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') : 'client';
    return { guestId, fileName: `donnees-client-${name}-${exportedAt.slice(0, 10)}.json`, json: JSON.stringify(body, null, 2) };
  }

  private async file(d: DossierDocument) {
    const [booking, emails] = await Promise.all([loadState(this.store, guestBookingStream(d.dossierId), guestBookingDecider), this.mailing.emailsOf(d.dossierId)]);
    const request = booking?.request ?? null;
    return {
      dossierId: d.dossierId,
      number: d.number,
      createdAt: d.createdAt,
      origin: d.origin,
      status: d.status,
      guest: d.guest,
      stays: d.stays.map(({ accommodationId, arrival, departure, occupants }) => ({ accommodationId, arrival, departure, occupants })),
      note: d.note,
      internalNote: d.internalNote,
      total: d.total,
      paid: d.paid,
      balance: d.balance,
      payments: d.payments,
      cancellation: d.cancellation,
      consents: request && {
        terms: { version: request.terms.version, acceptedAt: request.terms.acceptedAt },
        marketing: request.marketingConsent,
        lang: request.lang,
      },
      emails: emails.map(({ kind, recipient, copy, to, subject, status, queuedAt }) => ({ kind, recipient, copy, to, subject, status, queuedAt })),
    };
  }
}
