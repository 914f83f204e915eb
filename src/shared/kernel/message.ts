/**
 * Commands and events are plain data. `type` is the stored contract of an event: a constant
 * string chosen by hand, never derived from a class name, so renaming code never orphans history.
 */
export interface Event<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export interface Command<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export function event<Type extends string, Data extends object>(type: Type, data: Data): Event<Type, Data> {
  return { type, data };
}

export function command<Type extends string, Data extends object>(type: Type, data: Data): Command<Type, Data> {
  return { type, data };
}

/** Who caused a change. Audit staff read this back in a booking file's history. */
export type Actor =
  | { readonly kind: 'owner'; readonly id: string }
  | { readonly kind: 'destination'; readonly id: string }
  | { readonly kind: 'guest'; readonly id?: string }
  | { readonly kind: 'system'; readonly id: string };

/** Stored beside every event. Instants are ISO-8601 strings so the envelope stays plain JSON. */
export interface EventMetadata {
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
}
