import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_ERASURE_POLICY } from '../contracts';
import { decodeAll, handleCommand } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore, type DecodedEvent } from '../../event-store/event-store.port';
import type { Policy } from '../../event-store/policy/policy';
import { decodeGuestErased, erasedFileOf, GUEST_ERASED_TYPES, type GuestErasedEvent } from '../../reservation/contracts';
import { fold } from '../../shared/kernel/decider';
import { command } from '../../shared/kernel/message';
import { emailDecider, emailStream } from '../domain/email/email.decider';
import { BLOB_STORE, SENT_EMAILS, type BlobStore, type SentEmails } from './ports';

/**
 * A file's guest erased: each email about the file says so in its own stream (its row in the
 * outbox loses address and subject, one still waiting is not sent), and the documents attached
 * to them, which name the guest, are deleted. The address and bodies in the emails' events need
 * nothing more: the file's key sealed them, and it is gone. Idempotent: an email erased already
 * decides nothing, a blob deleted already is no change.
 */
@Injectable()
export class EmailErasurePolicy implements Policy<GuestErasedEvent> {
  readonly name = EMAIL_ERASURE_POLICY;
  readonly handles = GUEST_ERASED_TYPES;
  readonly decode = decodeGuestErased;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SENT_EMAILS) private readonly sent: SentEmails,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async react(e: DecodedEvent<GuestErasedEvent>): Promise<void> {
    const dossierId = erasedFileOf(e);
    const context = { actor: { kind: 'system', id: this.name } as const, now: new Date(e.data.erasedAt), correlationId: e.metadata.correlationId, causationId: e.id };
    for (const emailId of await this.sent.aboutDossier(dossierId)) {
      // One read: the attachment is the queued email's, and the erasure is decided on what was read.
      const stream = emailStream(emailId);
      const recorded = await this.store.readStream(stream);
      const last = recorded.at(-1);
      if (!last) continue;
      const events = decodeAll(emailDecider, recorded);
      const known = { state: fold(emailDecider, events), revision: last.revision, position: last.position };
      await handleCommand(this.store, stream, emailDecider, command('EraseEmail', { emailId, dossierId, at: e.data.erasedAt }), context, { known });
      const attachments = events.flatMap((queued) => (queued.type === 'EmailQueued' && queued.data.attachment ? [queued.data.attachment.blobId] : []));
      await this.blobs.delete(attachments);
    }
  }
}
