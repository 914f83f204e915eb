import type { FieldPath } from './field-paths';

/**
 * Whose personal data an event carries: the data subject (a guest, by an id of its own) whose
 * key encrypts it, and the owner it belongs to, which scopes the key and its erasure.
 */
export interface DataSubject {
  readonly subjectId: string;
  readonly ownerId: string;
}

/**
 * Which fields of some event types are a person's data, encrypted in the store with that
 * person's key (crypto-shredding, issue 17 §4). Read back, they come out in clear while the key
 * exists, and as `erased(field)` once it was erased: that value must still satisfy the event's
 * schema (of the version stored), so the event reads as before, without the person.
 */
export interface PersonalDataPolicy {
  /** The event types this covers; a type has at most one policy. */
  readonly types: readonly string[];
  /** Whose data the payload carries, read from the payload in clear when it is appended; null: nobody's, stored as is. */
  subjectOf(data: Readonly<Record<string, unknown>>, type: string): DataSubject | null;
  /**
   * Paths of the personal fields (see field-paths.ts): `guest`, `guest.email`, `stays.*.note`.
   * A field absent or null in a payload is left as it is; a path may name a field only some
   * versions of the payload have.
   */
  readonly fields: readonly FieldPath[];
  /** What a field (as declared in `fields`) reads as once its subject's key was erased. */
  erased(field: FieldPath, type: string): unknown;
}

/**
 * The usual `subjectOf`: the subject is the id in `idField` of the payload, its owner the
 * payload's `ownerId`; a payload without either (an email about no file) is nobody's.
 */
export const subjectNamedBy =
  (idField: string) =>
  (data: Readonly<Record<string, unknown>>): DataSubject | null => {
    const subjectId = data[idField];
    return typeof subjectId === 'string' && typeof data.ownerId === 'string' ? { subjectId, ownerId: data.ownerId } : null;
  };
