import { Conflict, Forbidden } from '../../shared/kernel/errors';

/**
 * A data subject's key as the keyring has it: open (32 bytes for AES-256-GCM), erased (only a
 * tombstone is left), or unreadable (its row does not authenticate: changed or moved at rest).
 * A subject that never had a key is absent from an answer.
 */
export type SubjectKey = { readonly state: 'OPEN'; readonly key: Buffer } | { readonly state: 'ERASED' } | { readonly state: 'UNREADABLE'; readonly reason: string };

/**
 * One AES-256 key per data subject (crypto-shredding): personal data in events is encrypted
 * with its subject's key, and erasing the key leaves that data unreadable everywhere the events
 * are, backups included, while the events themselves stay.
 */
export interface PersonalDataKeyring {
  /**
   * The subject's key, made the first time it is asked for; exactly one ever exists per subject,
   * however many instances ask at once. Throws PersonalDataErased once the subject was erased,
   * and SubjectOfAnotherOwner when the subject belongs to another owner.
   */
  keyFor(subjectId: string, ownerId: string): Promise<Buffer>;
  /** The keys of these subjects, in one query for those not at hand. */
  keysOf(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>>;
  /**
   * Erases the keys of these subjects of the owner, for good: a tombstone row with the time of
   * erasure stays as its proof, and no key is ever made for them again. Idempotent. A subject
   * with no key yet gets its tombstone too. Answers the subjects erased, now or before; those of
   * another owner are left untouched and left out.
   */
  erase(ownerId: string, subjectIds: readonly string[]): Promise<string[]>;
}

export const PERSONAL_DATA_KEYRING = Symbol('PersonalDataKeyring');

/** Personal data for a subject whose key was erased: nothing about them is written again. */
export class PersonalDataErased extends Conflict {
  constructor(readonly subjectId: string) {
    super(`The personal data of ${subjectId} was erased: nothing more about them can be recorded`);
  }
}

export class SubjectOfAnotherOwner extends Forbidden {
  constructor(readonly subjectId: string) {
    super(`Personal data subject ${subjectId} belongs to another owner`);
  }
}

/**
 * The keys were sealed under another PERSONAL_DATA_KEY (or JWT secret, when it is unset): the
 * configuration changed, not the data. Every read of personal data fails until the old value is
 * set again; followers wait for it instead of parking events (see transient-errors.ts).
 */
export class PersonalDataKeysSealedElsewhere extends Error {
  constructor() {
    super('The personal data keys were sealed under another PERSONAL_DATA_KEY (or JWT secret): set the previous value again');
    this.name = new.target.name;
  }
}
