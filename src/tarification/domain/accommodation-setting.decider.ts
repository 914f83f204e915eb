import { isDeepStrictEqual } from 'node:util';
import { assertOwnsAccommodation } from '../../shared/kernel/accommodation-access';
import type { Decider } from '../../shared/kernel/decider';
import type { EventCodec } from '../../shared/kernel/event-codec';
import { event, type Command, type Event } from '../../shared/kernel/message';

/**
 * A value the owner sets as a whole on one accommodation (booking rules, tourist tax), on its own
 * stream: only the accommodation's owner may set it, and setting the value already in force
 * (the default, before any) is no change. `accommodationOwnerId` is whose the accommodation is,
 * as the handler found it. Each setting declares its own event's payload and codec.
 */
export type SetSetting<Type extends string, Value> = Command<Type, { accommodationId: string; ownerId: string; accommodationOwnerId: string | null; value: Value }>;

export type SettingSet<Type extends string, Value> = Event<Type, { readonly accommodationId: string; readonly ownerId: string; readonly value: Value }>;

export type Setting<Value> = { readonly status: 'unset' } | { readonly status: 'set'; readonly ownerId: string; readonly value: Value };

export function accommodationSettingDecider<CommandType extends string, EventType extends string, Value>(
  eventType: EventType,
  defaultValue: Value,
  events: EventCodec<SettingSet<EventType, Value>>,
): Decider<SetSetting<CommandType, Value>, SettingSet<EventType, Value>, Setting<Value>> {
  return {
    decide(command, state) {
      const { accommodationId, ownerId, accommodationOwnerId, value } = command.data;
      assertOwnsAccommodation(accommodationId, accommodationOwnerId, ownerId, 'accommodationId');
      // Compared by value: jsonb does not keep key order.
      if (isDeepStrictEqual(state.status === 'set' ? state.value : defaultValue, value)) return [];
      return [event(eventType, { accommodationId, ownerId, value })];
    },
    evolve: (_, e) => ({ status: 'set', ownerId: e.data.ownerId, value: e.data.value }),
    initialState: () => ({ status: 'unset' }),
    events,
  };
}
