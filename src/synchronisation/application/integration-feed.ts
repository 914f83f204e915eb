import { Inject, Injectable } from '@nestjs/common';
import { hasScope, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Forbidden, InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { pageSize } from '../../shared/kernel/page';
import { formatCursor, parseCursor, type FeedPosition } from '../domain/integration/cursor';
import { isPublicEventType, PUBLIC_EVENTS, readableTypes, type PublicEventType } from '../domain/integration/public-events';

/** A public event as stored: its place in the order, and the guest's details kept apart. */
export interface StoredPublicEvent {
  readonly id: string;
  readonly position: FeedPosition;
  readonly type: PublicEventType;
  readonly version: number;
  readonly occurredAt: Date;
  readonly ownerId: string;
  readonly accommodationId: string | null;
  readonly data: Record<string, unknown>;
  readonly guest: Record<string, unknown> | null;
}

/** One owner's public events after a place, of some types, maybe about one accommodation. */
export interface FeedQuery {
  readonly ownerId: string;
  readonly after: FeedPosition | null;
  readonly limit: number;
  readonly types: readonly PublicEventType[];
  readonly accommodationId: string | null;
}

export interface PublicEventReads {
  page(query: FeedQuery): Promise<StoredPublicEvent[]>;
  /** Where the owner's events end now: a live subscription starts there. */
  last(ownerId: string): Promise<FeedPosition | null>;
}

export const PUBLIC_EVENT_READS = Symbol('PublicEventReads');

/** A public event as integrators read it (see the README's catalogue). */
export interface PublicEvent {
  readonly id: string;
  readonly type: PublicEventType;
  readonly version: number;
  readonly occurredAt: Date;
  readonly ownerId: string;
  readonly accommodationId: string | null;
  readonly cursor: string;
  readonly data: Record<string, unknown>;
}

/** What a reader asks for, as the API takes it. */
export interface FeedRequest {
  readonly after: string | null;
  readonly types: readonly string[] | null;
  readonly accommodationId: string | null;
}

export interface FeedPage {
  readonly events: readonly PublicEvent[];
  /** The last event's cursor; the one asked for when the page is empty, so a reader keeps its place. */
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

/** A reader's resolved question: whose events, after where, which types, which accommodation. */
export interface FeedSelection {
  readonly ownerId: string;
  readonly after: FeedPosition | null;
  readonly types: readonly PublicEventType[];
  readonly accommodationId: string | null;
  readonly guests: boolean;
}

/**
 * The event feed every way of following reads: one owner's public events in one order, each type
 * only for a reader whose scopes allow it, the guest's details only with `guests:read`.
 */
@Injectable()
export class IntegrationFeed {
  constructor(@Inject(PUBLIC_EVENT_READS) private readonly reads: PublicEventReads) {}

  async page(caller: AuthenticatedOwner, request: FeedRequest, first: number | null): Promise<FeedPage> {
    const limit = pageSize(first, DEFAULT_PAGE, MAX_PAGE);
    const selection = this.select(caller, request);
    const stored = await this.reads.page({ ...selection, limit: limit + 1 });
    const events = stored.slice(0, limit).map((event) => present(event, selection.guests));
    return { events, endCursor: events.at(-1)?.cursor ?? request.after, hasNextPage: stored.length > limit };
  }

  /** Checks a request against the caller's rights, before anything is read. */
  select(caller: AuthenticatedOwner, request: FeedRequest): FeedSelection {
    const readable = readableTypes(caller.apiKey ? caller.apiKey.scopes : null);
    if (readable.length === 0) throw new Forbidden('This API key may read no event: give it bookings:read or availability:read');
    const types = request.types === null ? readable : [...new Set(request.types)].map((type) => checkedType(type, readable));
    if (request.accommodationId !== null && !isUuid(request.accommodationId)) throw new InvalidInput('accommodationId', 'must be an accommodation id');
    const after = request.after === null ? null : parseCursor('after', request.after);
    return { ownerId: caller.ownerId, after, types, accommodationId: request.accommodationId, guests: hasScope(caller, 'guests:read') };
  }

  /** The next events of a selection, at most `limit`: what a subscription reads after each wake-up. */
  async next(selection: FeedSelection, after: FeedPosition | null, limit: number): Promise<{ events: PublicEvent[]; positions: FeedPosition[] }> {
    const stored = await this.reads.page({ ...selection, after, limit });
    return { events: stored.map((event) => present(event, selection.guests)), positions: stored.map((event) => event.position) };
  }

  last(ownerId: string): Promise<FeedPosition | null> {
    return this.reads.last(ownerId);
  }
}

function checkedType(type: string, readable: readonly PublicEventType[]): PublicEventType {
  if (!isPublicEventType(type)) throw new InvalidInput('types', `${JSON.stringify(type.slice(0, 60))} is no event type; the types are ${Object.keys(PUBLIC_EVENTS).join(', ')}`);
  if (!readable.includes(type)) throw new Forbidden(`Reading ${type} needs the ${PUBLIC_EVENTS[type].scope} scope, which this API key lacks`);
  return type;
}

/** The event as the reader may see it: the guest put back in its booking only when allowed. */
function present(event: StoredPublicEvent, guests: boolean): PublicEvent {
  const { id, type, version, occurredAt, ownerId, accommodationId, position } = event;
  const booking = event.data.booking as Record<string, unknown> | undefined;
  const data = booking && guests && event.guest ? { ...event.data, booking: { ...booking, guest: event.guest } } : event.data;
  return { id, type, version, occurredAt, ownerId, accommodationId, cursor: formatCursor(position), data };
}
