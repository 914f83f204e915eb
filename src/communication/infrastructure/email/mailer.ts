import type { NodemailerError } from 'nodemailer';

/** An email ready to leave: what the outbox hands to a `Mailer`, the same on every retry. */
export interface OutgoingEmail {
  /**
   * The Message-ID without its angle brackets, `<id>@<domain>` such as
   * `0b9e3c1a-5d2f-4c6e-9a8b-7f1e2d3c4b5a@osmb`. Kept across retries, so a receiving server (and
   * the .eml store) sees a retry as the same message; see `isValidMessageId` for what it may hold.
   */
  readonly messageId: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly replyTo: string | null;
  /** A bare address, as the envelope carries it. */
  readonly to: string;
  /** The owner's copy, when the owner asked for one. */
  readonly bcc?: string | null;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly content: Buffer }[];
}

export interface DeliveryReceipt {
  /** The server's final reply ("250 2.0.0 Ok: queued as …"), or where the message was written. */
  readonly response: string;
  /**
   * Copy recipients the server refused while it took the message for `to`: the guest got it, the
   * owner's copy did not. Empty in the usual case.
   */
  readonly rejected: readonly string[];
}

/** The way out of emails: SMTP when a server is configured, else .eml files on disk. */
export interface Mailer {
  send(message: OutgoingEmail): Promise<DeliveryReceipt>;
  close(): Promise<void>;
}

/**
 * A message that did not leave. `permanent`: sending it again would get the same answer (an
 * unknown mailbox, a rejected sender, bad credentials), so the outbox should stop and tell the
 * owner; otherwise it should try again later. `reason` is short and shown to owners: a server
 * reply or a plain phrase, never a stack or a host name.
 */
export class DeliveryFailed extends Error {
  override readonly name = 'DeliveryFailed';

  constructor(
    readonly permanent: boolean,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${permanent ? 'Permanent' : 'Temporary'} delivery failure: ${reason}`, options);
  }
}

/** A dot-atom on both sides of the @: safe as a header value and, as it stands, as a file name. */
const MESSAGE_ID = /^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

export const isValidMessageId = (messageId: string): boolean => messageId.length <= 250 && MESSAGE_ID.test(messageId);

/** Refuses a malformed Message-ID before anything is sent: our bug, which no retry would mend. */
export function checkMessageId(messageId: string): void {
  if (!isValidMessageId(messageId)) throw new DeliveryFailed(true, 'invalid Message-ID');
}

const TEMPORARY_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'ECONNREFUSED']);

/** ENOAUTH is EAUTH's twin: the server wants credentials we were not given. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'EENVELOPE', 'EMESSAGE']);

/** What an owner reads when the server said nothing: no host, port or stack in it. */
const PLAIN_REASONS: Record<string, string> = {
  ECONNECTION: 'the mail server closed the connection',
  ESOCKET: 'could not reach the mail server',
  ECONNREFUSED: 'the mail server refused the connection',
  ETIMEDOUT: 'the mail server did not answer in time',
  EDNS: 'the mail server name could not be resolved',
  ETLS: 'the secure connection to the mail server failed',
  EAUTH: 'the mail server refused the login',
  ENOAUTH: 'the mail server asks for a login and none is configured',
  EENVELOPE: 'invalid sender or recipient address',
  EMESSAGE: 'the message could not be sent as it is',
};

/**
 * Sorts a failed send into retry-later or give-up, reading nodemailer's error fields:
 * `responseCode` (the numeric SMTP reply), `response` (its text), `code` (nodemailer's ECONNECTION,
 * EAUTH, … which replaces a socket's own code, kept as `originalCode`, e.g. ECONNREFUSED) and
 * `rejectedErrors` (one error per refused recipient, each with its own `responseCode`).
 *
 * The SMTP reply decides first (RFC 5321): 4xx is transient, and so is 503 (bad sequence of
 * commands: the session's state, not the message, was wrong); other 5xx are final. So an EAUTH
 * with "454 4.7.0 temporary authentication failure" is retried. Without a reply, the code decides.
 * Anything else is retried: a bug or an unforeseen network error must not silently drop a guest's
 * email, and the outbox bounds how often it tries anyway.
 */
export function classifyDeliveryError(error: unknown): DeliveryFailed {
  if (error instanceof DeliveryFailed) return error;
  // Not `instanceof Error`: errors from another realm (a vm context, jest's sandbox) fail it.
  if (typeof error !== 'object' || error === null) return new DeliveryFailed(false, 'unexpected error', { cause: error });
  const failure = error as NodemailerError;

  // With several recipients nodemailer fails the message only when all are refused; if one of
  // them was only deferred the message can still reach it later, so the whole is temporary.
  const rejected = Array.isArray(failure.rejectedErrors) ? failure.rejectedErrors : [];
  const deferred = rejected.find((e) => typeof e.responseCode === 'number' && isTransientReply(e.responseCode));
  if (deferred) return new DeliveryFailed(false, replyReason(deferred.response, deferred.responseCode), { cause: error });

  if (typeof failure.responseCode === 'number') {
    return new DeliveryFailed(!isTransientReply(failure.responseCode), replyReason(failure.response, failure.responseCode), { cause: error });
  }
  const code = [failure.originalCode, failure.code].find((c) => typeof c === 'string' && TEMPORARY_CODES.has(c)) ?? (typeof failure.code === 'string' ? failure.code : undefined);
  if (code && TEMPORARY_CODES.has(code)) return new DeliveryFailed(false, PLAIN_REASONS[code] ?? code, { cause: error });
  if (code && PERMANENT_CODES.has(code)) return new DeliveryFailed(true, PLAIN_REASONS[code] ?? code, { cause: error });
  return new DeliveryFailed(false, code ? `unexpected error (${code})` : 'unexpected error', { cause: error });
}

/** 2xx and 3xx only fail when the client expected another step: not a refusal, so retried too. */
const isTransientReply = (responseCode: number): boolean => responseCode < 500 || responseCode >= 600 || responseCode === 503;

/** The first line of the server's reply, cut short: servers sometimes add pages of explanation. */
function replyReason(response: string | undefined, responseCode: number | undefined): string {
  const firstLine = (typeof response === 'string' ? response : '').split(/\r?\n/)[0].replace(/[^\x20-\x7e]/g, '').trim();
  if (firstLine) return firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine;
  return responseCode ? `the mail server answered ${responseCode}` : 'the mail server refused the message';
}
