import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { decoded, EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { fold } from '../../shared/kernel/decider';
import { command } from '../../shared/kernel/message';
import { DEFAULT_MAIL_FROM } from '../application/outbox';
import { BLOB_STORE, type BlobStore } from '../application/ports';
import { emailDecider, emailStream, type DeliveryOutcome } from '../domain/email/email.decider';
import { emailEvents, type EmailQueued } from '../domain/email/email.events';
import { EmlFileMailer } from './email/eml-file-mailer';
import { DeliveryFailed, type Mailer, type OutgoingEmail } from './email/mailer';
import { SmtpMailer } from './email/smtp-mailer';
import { Lease } from './lease';

export const MAILER = Symbol('Mailer');

/** SMTP when `SMTP_URL` is set; else .eml files under the data directory, for a laptop's start. */
export function mailerFor(config: RuntimeConfig): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl) : new EmlFileMailer(join(config.dataDir, 'mail'));
}

const BATCH = 20;

/** Longer than the slowest delivery (an SMTP server answering at its socket timeout), so a lease never lapses mid-send. */
const LEASE_MS = 120_000;

/**
 * Delivers the outbox: one instance at a time across the cluster (a lease, renewed before each
 * email), so two instances never send the same email. Each email is read from its own stream
 * before it is sent, and its outcome appended at the revision read: the only way to send one
 * twice is a crash in the instant between the server accepting it and the outcome being written.
 */
@Injectable()
export class EmailSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailSender.name);
  private readonly from: string;
  private readonly pollMs: number;
  private readonly lease: Lease;
  private active = false;
  private running: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;

  constructor(
    private readonly em: EntityManager,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.from = config.mailFrom ?? DEFAULT_MAIL_FROM;
    this.pollMs = config.emailPollMs ?? 2000;
    this.lease = new Lease(em, 'email-sender', LEASE_MS);
  }

  onApplicationBootstrap(): void {
    // 0: a test delivers by hand, with `deliverDue`.
    if (this.pollMs === 0) return;
    this.active = true;
    this.running = this.loop();
  }

  /** Before the database closes (on application shutdown): a delivery under way finishes first. */
  async onModuleDestroy(): Promise<void> {
    this.active = false;
    this.wake?.();
    await this.running;
    await this.lease.release().catch(() => undefined);
    await this.mailer.close();
  }

  /** Delivers what is due now, while this instance holds the sender's lease; answers how many it tried. */
  async deliverDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.em.fork().getConnection().execute<{ id: string }[]>(
      "SELECT id FROM emails WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
      [now, BATCH],
    );
    let tried = 0;
    for (const { id } of due) {
      if (!(await this.lease.hold())) break;
      await this.deliver(id);
      tried++;
    }
    return tried;
  }

  private async loop(): Promise<void> {
    while (this.active) {
      try {
        // A full batch may mean more are waiting: no pause before the next.
        if ((await this.deliverDue()) === BATCH) continue;
      } catch (error) {
        this.logger.warn(`Delivering emails failed, trying again shortly: ${error instanceof Error ? error.name : 'error'}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        timer.unref();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async deliver(emailId: string): Promise<void> {
    const streamName = emailStream(emailId);
    const recorded = await this.store.readStream(streamName);
    const events = recorded.map((r) => decoded(r, emailEvents.decode(r)));
    const state = fold(emailDecider, events);
    const queued = events[0]?.type === 'EmailQueued' ? events[0].data : null;
    const last = events[events.length - 1];
    const now = this.clock.now();
    // The read model may lag the stream: what the stream says decides.
    if (!queued || state.status !== 'QUEUED' || queued.to === null) return;
    if (last.type === 'EmailDeferred' && Date.parse(last.data.retryAt) > now.getTime()) return;
    const outcome = await this.attempt({ ...queued, to: queued.to });
    const context: CommandContext = { actor: { kind: 'system', id: 'email-sender' }, now: this.clock.now(), correlationId: emailId, causationId: last.id };
    const revision = recorded[recorded.length - 1].revision;
    await handleCommand(this.store, streamName, emailDecider, command('RecordDelivery', { emailId, outcome, at: context.now.toISOString(), jitter: Math.random() }), context, {
      known: { state, revision, position: last.position },
    });
  }

  private async attempt(queued: EmailQueued & { to: string }): Promise<DeliveryOutcome> {
    try {
      const message = await this.message(queued);
      const receipt = await this.mailer.send(message);
      return { kind: 'SENT', response: receipt.response };
    } catch (error) {
      if (error instanceof DeliveryFailed) return { kind: error.permanent ? 'PERMANENT_FAILURE' : 'TEMPORARY_FAILURE', detail: error.reason };
      // The blob store or a bug: worth another try, never a guest's lost email.
      this.logger.warn(`Could not send email ${queued.emailId}: ${error instanceof Error ? error.name : 'error'}`);
      return { kind: 'TEMPORARY_FAILURE', detail: 'the email could not be prepared' };
    }
  }

  private async message(queued: EmailQueued & { to: string }): Promise<OutgoingEmail> {
    const attachment = queued.attachment;
    const blob = attachment && (await this.blobs.get(attachment.blobId));
    if (attachment && !blob) throw new DeliveryFailed(true, 'its attachment is no longer stored');
    return {
      messageId: queued.messageId,
      from: { name: queued.fromName, address: this.from },
      replyTo: queued.replyTo,
      to: queued.to,
      subject: queued.subject,
      html: queued.html,
      text: queued.text,
      attachments: attachment && blob ? [{ filename: attachment.filename, contentType: attachment.contentType, content: blob.bytes }] : [],
    };
  }
}
