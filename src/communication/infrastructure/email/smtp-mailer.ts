import { createTransport, type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import { DeliveryFailed, checkMessageId, classifyDeliveryError, type DeliveryReceipt, type Mailer, type OutgoingEmail } from './mailer';
import { mailOptions } from './nodemailer-message';

export interface SmtpMailerOptions {
  /** To open the connection, DNS lookup included. */
  readonly connectionTimeoutMs?: number;
  /** For the server's first words once connected: a server that accepts and stays mute ends here. */
  readonly greetingTimeoutMs?: number;
  /** Silence allowed in the middle of a session, e.g. while the server checks a large message. */
  readonly socketTimeoutMs?: number;
}

/**
 * Each wait is bounded so a dead or stuck server fails a send in seconds, as a temporary failure,
 * instead of holding the sender for nodemailer's defaults (two minutes to connect, ten of silence).
 */
const DEFAULT_TIMEOUTS = { connectionTimeoutMs: 15_000, greetingTimeoutMs: 15_000, socketTimeoutMs: 60_000 };

/**
 * Sends through an SMTP server given as `smtp://user:pass@host:587` or `smtps://host:465`, one
 * connection per message: the outbox sends a few emails a minute, not enough to pool.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter<SMTPSentMessageInfo>;

  constructor(smtpUrl: string, options: SmtpMailerOptions = {}) {
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options };
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: timeouts.connectionTimeoutMs,
      greetingTimeout: timeouts.greetingTimeoutMs,
      socketTimeout: timeouts.socketTimeoutMs,
      // Attachments arrive as bytes; a path or URL reaching nodemailer would be a bug, never a file to read.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async send(message: OutgoingEmail): Promise<DeliveryReceipt> {
    checkMessageId(message.messageId);
    let info: SMTPSentMessageInfo;
    try {
      info = await this.transport.sendMail(mailOptions(message));
    } catch (error) {
      throw classifyDeliveryError(error);
    }
    // nodemailer succeeds as soon as one recipient is accepted: the guest refused while the
    // owner's copy went through is still a failed email.
    if (info.rejected.some((address) => sameAddress(address, message.to))) {
      const refusal = info.rejectedErrors?.find((e) => e.recipient !== undefined && sameAddress(e.recipient, message.to));
      throw refusal ? classifyDeliveryError(refusal) : new DeliveryFailed(false, 'the mail server refused the recipient');
    }
    return { response: info.response, rejected: info.rejected };
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}

const sameAddress = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
