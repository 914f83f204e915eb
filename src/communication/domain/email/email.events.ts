import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { instantSchema } from '../../../shared/kernel/event-schemas';
import { LANGS, type Lang } from '../../../shared/kernel/lang';
import type { Event } from '../../../shared/kernel/message';
import { OUTBOX_EMAIL_KINDS, type OutboxEmailKind } from './email-facts';

/**
 * The events of an `email-<emailId>` stream: one email, written out in full when it is queued
 * (the outbox's fact), then each attempt to deliver it. Stored contracts: a change of shape is a
 * new version with an upcaster.
 */
export const RECIPIENTS = ['GUEST', 'OWNER'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** A file kept in the blob store, named by the SHA-256 of its bytes. */
export interface StoredAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly blobId: string;
  readonly size: number;
}

export interface EmailQueued {
  readonly emailId: string;
  readonly ownerId: string;
  /** The booking file it is about (an online booking that has none: the id its file would take); null for an email about no file. */
  readonly dossierId: string | null;
  readonly kind: OutboxEmailKind;
  readonly lang: Lang;
  readonly recipient: Recipient;
  /** A copy for the owner of what a guest received. */
  readonly copy: boolean;
  /** Null when the file has no address to write to: the email is then failed at once. */
  readonly to: string | null;
  readonly replyTo: string | null;
  /** The name shown as the sender: the establishment's. */
  readonly fromName: string;
  /** Stays the same across every attempt, so a receiving server can tell a repeat. */
  readonly messageId: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachment: StoredAttachment | null;
  readonly queuedAt: string;
}

/**
 * Each outcome names the email's owner and file (null for an email about none; v1 events read as
 * null for both): what the mail server said may quote the guest's address, so it is sealed with
 * the file's key, which its owner scopes.
 */
interface AboutFile {
  readonly ownerId: string | null;
  readonly dossierId: string | null;
}

export interface EmailDeferred extends AboutFile {
  readonly emailId: string;
  readonly attempt: number;
  /** What the mail server or the network said, for the owner. */
  readonly detail: string;
  readonly retryAt: string;
}

export interface EmailSent extends AboutFile {
  readonly emailId: string;
  readonly attempt: number;
  readonly sentAt: string;
  readonly response: string;
}

export const FAILURE_REASONS = ['NO_ADDRESS', 'REFUSED', 'GAVE_UP'] as const;
/** No address to write to; refused for good by the receiving server; too many temporary failures. */
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface EmailFailed extends AboutFile {
  readonly emailId: string;
  readonly attempt: number;
  readonly reason: FailureReason;
  readonly detail: string | null;
  readonly failedAt: string;
}

/**
 * The guest of the email's file was erased: its address, subject and body read as nothing since
 * (their key is gone), and the outbox keeps only that it was sent, or failed.
 */
export interface EmailErased {
  readonly emailId: string;
  readonly dossierId: string;
  readonly erasedAt: string;
}

export type EmailEvent =
  | Event<'EmailQueued', EmailQueued>
  | Event<'EmailDeferred', EmailDeferred>
  | Event<'EmailSent', EmailSent>
  | Event<'EmailFailed', EmailFailed>
  | Event<'EmailErased', EmailErased>;

const emailQueued: z.ZodType<EmailQueued> = z.object({
  emailId: z.string(),
  ownerId: z.string(),
  dossierId: z.string().nullable(),
  kind: z.enum(OUTBOX_EMAIL_KINDS),
  lang: z.enum(LANGS),
  recipient: z.enum(RECIPIENTS),
  copy: z.boolean(),
  to: z.string().nullable(),
  replyTo: z.string().nullable(),
  fromName: z.string(),
  messageId: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  attachment: z.object({ filename: z.string(), contentType: z.string(), blobId: z.string(), size: z.number().int() }).nullable(),
  queuedAt: instantSchema,
});

/** Outcomes recorded before v2 did not say the email's owner and file: they read as about none, and were stored in clear. */
const aboutNoFileSaid = (data: Record<string, unknown>): Record<string, unknown> => ({ ...data, ownerId: null, dossierId: null });

export const emailEvents = eventCodec<EmailEvent>('email', {
  EmailQueued: { version: 1, schema: emailQueued },
  EmailDeferred: {
    version: 2,
    schema: z.object({ emailId: z.string(), ownerId: z.string().nullable(), dossierId: z.string().nullable(), attempt: z.number().int(), detail: z.string(), retryAt: instantSchema }),
    upcasters: { 1: aboutNoFileSaid },
  },
  EmailSent: {
    version: 2,
    schema: z.object({ emailId: z.string(), ownerId: z.string().nullable(), dossierId: z.string().nullable(), attempt: z.number().int(), sentAt: instantSchema, response: z.string() }),
    upcasters: { 1: aboutNoFileSaid },
  },
  EmailFailed: {
    version: 2,
    schema: z.object({ emailId: z.string(), ownerId: z.string().nullable(), dossierId: z.string().nullable(), attempt: z.number().int(), reason: z.enum(FAILURE_REASONS), detail: z.string().nullable(), failedAt: instantSchema }),
    upcasters: { 1: aboutNoFileSaid },
  },
  EmailErased: { version: 1, schema: z.object({ emailId: z.string(), dossierId: z.string(), erasedAt: instantSchema }) },
});
