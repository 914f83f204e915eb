import type { z } from 'zod';
import type { Event } from './message';

/** An event as a store keeps it: its type, the version of its payload's shape, and the payload. */
export interface StoredEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * A stored event this code cannot read: a type no decider of its stream knows, a version newer
 * than the code, or a payload that does not have the shape its version promises. Named so that a
 * follower parks the event instead of stopping, and an operator reads why.
 */
export class UnreadableEvent extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly reason: string,
  ) {
    super(`Cannot read ${type} v${schemaVersion}: ${reason}`);
    this.name = 'UnreadableEvent';
  }
}

type Payload = Record<string, unknown>;

/** One event type's contract: the shape of its current version, and how older versions become it. */
export interface EventContract<Data> {
  /** What new events are written with; bumped, with an upcaster, whenever the shape changes. */
  readonly version: number;
  /** Checks a payload of the current version and gives it its type (unknown keys are dropped). */
  readonly schema: z.ZodType<Data, z.ZodTypeDef, unknown>;
  /** `upcasters[n]` turns a version-n payload into version n + 1; stored data is never edited. */
  readonly upcasters?: Readonly<Record<number, (old: Payload) => Payload>>;
}

type DataOf<E extends Event, T extends E['type']> = Extract<E, { type: T }>['data'];

export type EventContracts<E extends Event> = { readonly [T in E['type']]: EventContract<DataOf<E, T>> };

/** The one place where one stream category's stored events become typed domain events. */
export interface EventCodec<E extends Event> {
  readonly category: string;
  readonly types: readonly E['type'][];
  /** Each type's contract: what the README's event contract is printed from. */
  readonly contracts: Readonly<Record<string, EventContract<unknown>>>;
  // Methods that use no `this`, so they may be passed around as they are (`decode: codec.decode`).
  handles(this: void, type: string): type is E['type'];
  /** The version an event of this type is written with today. */
  versionOf(this: void, type: E['type']): number;
  /** Upcasts an older version step by step, then checks the shape: throws UnreadableEvent. */
  decode(this: void, stored: StoredEvent): E;
}

export function eventCodec<E extends Event>(category: string, contracts: EventContracts<E>): EventCodec<E> {
  const table = contracts as Readonly<Record<string, EventContract<unknown>>>;
  const types = Object.keys(table) as E['type'][];
  const handles = (type: string): type is E['type'] => Object.hasOwn(table, type);
  return {
    category,
    types,
    contracts: table,
    handles,
    versionOf: (type) => table[type].version,
    decode: (stored) => {
      const { type, schemaVersion } = stored;
      if (!handles(type)) throw new UnreadableEvent(type, schemaVersion, `no ${category} event has this type`);
      const contract = table[type];
      if (!Number.isInteger(schemaVersion) || schemaVersion < 1) throw new UnreadableEvent(type, schemaVersion, 'the version must be a whole number from 1');
      if (schemaVersion > contract.version) throw new UnreadableEvent(type, schemaVersion, `this code reads up to version ${contract.version}: it was written by newer code`);
      if (typeof stored.data !== 'object' || stored.data === null || Array.isArray(stored.data)) throw new UnreadableEvent(type, schemaVersion, 'the payload is not an object');
      let data = stored.data as Payload;
      for (let version = schemaVersion; version < contract.version; version++) {
        const upcast = contract.upcasters?.[version];
        if (!upcast) throw new UnreadableEvent(type, schemaVersion, `no upcaster from version ${version}`);
        data = upcast(data);
      }
      const parsed = contract.schema.safeParse(data);
      // Paths and rules only: the values may be a guest's personal data.
      if (!parsed.success) throw new UnreadableEvent(type, schemaVersion, parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'} ${i.message}`).join('; '));
      // The contract table pairs each type with its own payload's schema, which the union cannot see.
      return { type, data: parsed.data } as E;
    },
  };
}

/** What `decoderOf` needs of a codec: any codec whose events belong to the union asked for. */
interface Decoding<E extends Event> {
  readonly handles: (type: string) => boolean;
  readonly decode: (stored: StoredEvent) => E;
}

/** Decodes events of several categories, each by its own codec: `decoderOf<A | B>(aEvents, bEvents)`. */
export function decoderOf<E extends Event>(...codecs: readonly Decoding<E>[]): (stored: StoredEvent) => E {
  return (stored) => {
    const codec = codecs.find((c) => c.handles(stored.type));
    if (!codec) throw new UnreadableEvent(stored.type, stored.schemaVersion, 'no reader of this type is known here');
    return codec.decode(stored);
  };
}
