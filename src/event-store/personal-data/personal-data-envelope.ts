import { openAesGcm, sealAesGcm, SealedValueUnreadable } from '../../shared/crypto/aes-gcm-sealing';
import { UnreadableEvent } from '../../shared/kernel/event-codec';

/**
 * A personal field as the store keeps it, in place of its value: the JSON of the value sealed
 * with AES-256-GCM under its subject's key. The subject is named in clear (an id, never a name)
 * so a reader knows which key to ask for without reading anything else of the event.
 */
export interface PersonalEnvelope {
  readonly $personal: EnvelopeContents;
}

export interface EnvelopeContents {
  readonly v: 1;
  readonly subject: string;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

/** Where a sealed value belongs: moved to another event, subject, event type or field, it fails to open. */
export interface FieldPlace {
  /** The event's id, a UUID in any of the forms stores accept. */
  readonly eventId: string;
  readonly subject: string;
  readonly type: string;
  /** The concrete path, `stays.1.note`. */
  readonly path: string;
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID's 32 hex digits: PostgreSQL gives back `{A0EE…}` as `a0ee…-…`, the binding must not see the difference. */
const uuidDigits = (id: string): string => (CANONICAL_UUID.test(id) ? id.replaceAll('-', '') : id.replace(/[^0-9a-f]/gi, '').toLowerCase());

const boundTo = ({ eventId, subject, type, path }: FieldPlace): string => JSON.stringify(['personal-data', 1, uuidDigits(eventId), subject, type, path]);

/** Whether a value is an envelope at all, well formed or not: an object whose only key is `$personal`. */
export function isEnvelope(value: unknown): value is { readonly $personal: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$personal';
}

/** What the envelope holds, or null when it is not one this code wrote. */
export function contentsOf(envelope: { readonly $personal: unknown }): EnvelopeContents | null {
  const inner = envelope.$personal;
  if (typeof inner !== 'object' || inner === null) return null;
  const { v, subject, iv, tag, ciphertext } = inner as Record<string, unknown>;
  const wellFormed = v === 1 && typeof subject === 'string' && typeof iv === 'string' && typeof tag === 'string' && typeof ciphertext === 'string';
  return wellFormed ? { v, subject, iv, tag, ciphertext } : null;
}

export function sealField(key: Buffer, place: FieldPlace, value: unknown): PersonalEnvelope {
  return { $personal: { v: 1, subject: place.subject, ...sealAesGcm(key, boundTo(place), JSON.stringify(value)) } };
}

/** The value sealed in the envelope; throws PersonalDataUnreadable when it does not open here. */
export function openField(key: Buffer, place: FieldPlace, contents: EnvelopeContents, schemaVersion: number): unknown {
  let clear: string;
  try {
    clear = openAesGcm(key, boundTo(place), contents);
  } catch (error) {
    if (!(error instanceof SealedValueUnreadable)) throw error;
    throw new PersonalDataUnreadable(place.type, schemaVersion, place.path, 'does not authenticate: it was changed, or moved from another event, subject, field or event type');
  }
  return JSON.parse(clear) as unknown;
}

/**
 * A personal field of a stored event that cannot be read back: sealed for another place, changed,
 * malformed, or whose subject has no key at all (a keyring that is not this store's). An erased
 * key is not this: the field then reads as its erased value. An UnreadableEvent, so a follower
 * parks the event and goes on, and a command on its stream fails saying why.
 */
export class PersonalDataUnreadable extends UnreadableEvent {
  constructor(
    type: string,
    schemaVersion: number,
    readonly path: string,
    problem: string,
  ) {
    super(type, schemaVersion, `personal field ${path} ${problem}`);
    this.name = 'PersonalDataUnreadable';
  }
}
