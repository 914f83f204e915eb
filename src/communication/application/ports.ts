import type { PrintableDossier } from '../domain/document/printable-dossier';
import type { EmailContent, OutboxEmailFacts } from '../domain/email/email-facts';

/** A file the app keeps, named by the SHA-256 of its bytes. */
export interface StoredBlob {
  readonly id: string;
  readonly contentType: string;
  readonly size: number;
}

export interface BlobStore {
  /** Storing the same bytes again is no change. */
  put(bytes: Buffer, contentType: string): Promise<StoredBlob>;
  get(id: string): Promise<(StoredBlob & { readonly bytes: Buffer }) | null>;
  /** Gone for good (a document naming an erased guest); deleting one already gone is no change. */
  delete(ids: readonly string[]): Promise<void>;
}

export const BLOB_STORE = Symbol('BlobStore');

/** Draws a document off the event loop. */
export interface DocumentRenderer {
  render(printable: PrintableDossier): Promise<Buffer>;
}

export const DOCUMENT_RENDERER = Symbol('DocumentRenderer');

/** Writes an email out in its language: subject, HTML and text. */
export interface EmailWriter {
  write(facts: OutboxEmailFacts): EmailContent;
}

export const EMAIL_WRITER = Symbol('EmailWriter');

/** What the outbox already holds, by email id. */
export interface SentEmails {
  existing(emailIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** The ids of every email about the file, whatever became of it. */
  aboutDossier(dossierId: string): Promise<string[]>;
}

export const SENT_EMAILS = Symbol('SentEmails');
