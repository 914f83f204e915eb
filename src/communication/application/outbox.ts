import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { nameBasedUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { emailDecider, emailStream, type EmailStatus } from '../domain/email/email.decider';
import type { Recipient } from '../domain/email/email.events';
import type { OutboxEmailFacts } from '../domain/email/email-facts';
import { BLOB_STORE, EMAIL_WRITER, type BlobStore, type EmailWriter } from './ports';

export const DEFAULT_MAIL_FROM = 'reservations@localhost';

export interface QueuedEmail {
  readonly emailId: string;
  readonly status: EmailStatus;
  /** Where the email's stream stands: what a reader of the outbox waits for. */
  readonly position: Position | null;
}

export interface EmailToQueue {
  /** What caused it (an event id, a request): with the kind and recipient, it names the email, so a cause seen twice queues it once. */
  readonly cause: string;
  readonly ownerId: string;
  readonly dossierId: string | null;
  readonly recipient: Recipient;
  readonly to: string | null;
  readonly replyTo: string | null;
  readonly facts: OutboxEmailFacts;
  readonly attachment: { readonly filename: string; readonly contentType: string; readonly bytes: Buffer } | null;
}

/**
 * Writes an email out and records it as a fact, `EmailQueued` on its own stream, before anything
 * is sent: the sender delivers what the outbox holds, so an email is never lost between its cause
 * and its delivery. Its attachment goes to the blob store first, by the hash of its bytes.
 */
@Injectable()
export class Outbox {
  private readonly domain: string;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EMAIL_WRITER) private readonly writer: EmailWriter,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    // Message-IDs must be plain ASCII: an accented domain (gîte.fr) names none, so it falls back.
    const domain = (config.mailFrom ?? DEFAULT_MAIL_FROM).split('@')[1];
    this.domain = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(domain) ? domain : 'localhost';
  }

  /** The email's id for a cause: the same cause gives the same email. */
  static idOf(email: Pick<EmailToQueue, 'cause' | 'recipient'> & { readonly facts: Pick<OutboxEmailFacts, 'kind' | 'copy'> }): string {
    return nameBasedUuid(`email:${email.cause}:${email.facts.kind}:${email.recipient}:${email.facts.copy ? 'copy' : 'own'}`);
  }

  async queue(email: EmailToQueue, context: CommandContext): Promise<QueuedEmail> {
    const emailId = Outbox.idOf(email);
    const content = this.writer.write(email.facts);
    const attachment = email.attachment && { ...(await this.blobs.put(email.attachment.bytes, email.attachment.contentType)), filename: email.attachment.filename };
    const outcome = await handleCommand(
      this.store,
      emailStream(emailId),
      emailDecider,
      command('QueueEmail', {
        emailId,
        ownerId: email.ownerId,
        dossierId: email.dossierId,
        kind: email.facts.kind,
        lang: email.facts.lang,
        recipient: email.recipient,
        copy: email.facts.copy,
        to: email.to,
        replyTo: email.replyTo,
        fromName: email.facts.sender,
        messageId: `${emailId}@${this.domain}`,
        ...content,
        attachment: attachment && { filename: attachment.filename, contentType: attachment.contentType, blobId: attachment.id, size: attachment.size },
        queuedAt: context.now.toISOString(),
      }),
      context,
    );
    return { emailId, status: outcome.state.status, position: outcome.position };
  }
}
