import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { department as departmentCode } from '../../shared/kernel/french-geography';
import { isUuid } from '../../shared/kernel/ids';
import { decodeCursor, encodeCursor, instantAndId, pageSize } from '../../shared/kernel/page';
import { destinationListingStream } from '../domain/destination/destination-listing.decider';
import { destinationStream } from '../domain/destination/destination.decider';
import { DestinationNotFound } from '../domain/destination/destination.errors';
import { AccommodationRowSchema } from './accommodation.row';
import { destinationListingsProjection } from './destination-listing.projection';
import { destinationListingRowId, DestinationListingRowSchema, type DestinationListingRow } from './destination-listing.row';
import { destinationsProjection } from './destination.projection';
import { DestinationRowSchema, type DestinationRow } from './destination.row';
import { ownerPublicName } from '../domain/owner/owner-public-name';

/** The public list is for an owner choosing one to join: at most this many, by name. */
export const MAX_DESTINATIONS_LISTED = 500;
export const DEFAULT_MEMBER_PAGE = 50;
export const MAX_MEMBER_PAGE = 100;

/** A destination as anyone may see it: its profile, never its address or members. */
export type PublicDestination = Pick<DestinationRow, 'id' | 'name' | 'kind' | 'area' | 'website'>;

const publicDestination = ({ id, name, kind, area, website }: DestinationRow): PublicDestination => ({ id, name, kind, area, website });

export class GetPublicDestination extends Query<PublicDestination | null> {
  constructor(readonly destinationId: string) {
    super();
  }
}

/** `department`: only those whose area covers it. */
export class ListPublicDestinations extends Query<PublicDestination[]> {
  constructor(readonly department: string | null) {
    super();
  }
}

@QueryHandler(GetPublicDestination)
export class GetPublicDestinationHandler implements IQueryHandler<GetPublicDestination> {
  constructor(private readonly em: EntityManager) {}

  async execute({ destinationId }: GetPublicDestination): Promise<PublicDestination | null> {
    if (!isUuid(destinationId)) return null;
    const row = await this.em.fork().findOne(DestinationRowSchema, { id: destinationId });
    return row && publicDestination(row);
  }
}

@QueryHandler(ListPublicDestinations)
export class ListPublicDestinationsHandler implements IQueryHandler<ListPublicDestinations> {
  constructor(private readonly em: EntityManager) {}

  async execute({ department }: ListPublicDestinations): Promise<PublicDestination[]> {
    const where = department === null ? {} : { area: { $contains: [departmentCode('department', department)] } };
    const rows = await this.em.fork().find(DestinationRowSchema, where, { orderBy: { name: 'asc', id: 'asc' }, limit: MAX_DESTINATIONS_LISTED });
    return rows.map(publicDestination);
  }
}

/** The calling destination's own account; `after` is the position of its own write. */
export class GetDestinationAccount extends Query<DestinationRow> {
  constructor(
    readonly destinationId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(GetDestinationAccount)
export class GetDestinationAccountHandler implements IQueryHandler<GetDestinationAccount> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ destinationId, after }: GetDestinationAccount): Promise<DestinationRow> {
    const row = await this.waiter.rowAfter(after, destinationsProjection, destinationStream(destinationId), destinationId, () => this.em.fork().findOne(DestinationRowSchema, { id: destinationId }));
    if (!row) throw new DestinationNotFound(destinationId, 'id');
    return row;
  }
}

/** An owner as a destination sees them: the name guests see, and the accommodations it may offer; nothing else of theirs. */
export interface DestinationMember {
  readonly ownerName: string;
  readonly joinedAt: Date;
  /** Those of the owner's choice bookable online now (not archived): what the marketplace offers. */
  readonly accommodations: readonly { readonly id: string; readonly name: string }[];
}

export interface DestinationMemberPage {
  readonly members: DestinationMember[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** The owners listing with a destination, in the order they joined. */
export class ListDestinationMembers extends Query<DestinationMemberPage> {
  constructor(
    readonly destinationId: string,
    readonly first: number | null,
    readonly after: string | null,
  ) {
    super();
  }
}

interface MemberRow {
  owner_id: string;
  joined_at: Date;
  accommodation_ids: string[];
  company: string | null;
  first_name: string | null;
  last_name: string | null;
}

@QueryHandler(ListDestinationMembers)
export class ListDestinationMembersHandler implements IQueryHandler<ListDestinationMembers> {
  constructor(private readonly em: EntityManager) {}

  async execute({ destinationId, first, after }: ListDestinationMembers): Promise<DestinationMemberPage> {
    const size = pageSize(first, DEFAULT_MEMBER_PAGE, MAX_MEMBER_PAGE);
    const cursor = after === null ? null : decodeCursor(after, instantAndId);
    const em = this.em.fork();
    const [rows, [{ count }]] = await Promise.all([
      em.execute<MemberRow[]>(
        `SELECT l.owner_id, l.joined_at, l.accommodation_ids, o.company, o.first_name, o.last_name
           FROM destination_listings l LEFT JOIN owners o ON o.id = l.owner_id
          WHERE l.destination_id = ? ${cursor ? 'AND (l.joined_at, l.owner_id) > (?::timestamptz, ?::uuid)' : ''}
          ORDER BY l.joined_at, l.owner_id
          LIMIT ?`,
        [destinationId, ...(cursor ?? []), size + 1],
      ),
      em.execute<{ count: string }[]>('SELECT count(*) AS count FROM destination_listings WHERE destination_id = ?', [destinationId]),
    ]);
    const page = rows.slice(0, size);
    const offered = await this.offered(em, page);
    const members = page.map((row) => ({
      ownerName: ownerPublicName({ company: row.company, firstName: row.first_name, lastName: row.last_name }),
      joinedAt: new Date(row.joined_at),
      accommodations: row.accommodation_ids.flatMap((id) => {
        const accommodation = offered.get(id);
        return accommodation && accommodation.ownerId === row.owner_id ? [{ id, name: accommodation.name }] : [];
      }),
    }));
    const last = page[page.length - 1];
    return { members, endCursor: last ? encodeCursor([new Date(last.joined_at).toISOString(), last.owner_id]) : null, hasNextPage: rows.length > size, totalCount: Number(count) };
  }

  /** The page's chosen accommodations that guests can book online now, by id: a hidden one is nobody's business but its owner's. */
  private async offered(em: EntityManager, rows: readonly MemberRow[]): Promise<Map<string, { ownerId: string; name: string }>> {
    const ids = [...new Set(rows.flatMap((row) => row.accommodation_ids))].filter(isUuid);
    if (ids.length === 0) return new Map();
    const found = await em.find(AccommodationRowSchema, { id: { $in: ids }, visibility: 'BOOKABLE', archived: false }, { fields: ['id', 'ownerId', 'name'] });
    return new Map(found.map((a) => [a.id, { ownerId: a.ownerId, name: a.name }]));
  }
}

/** One destination an owner joined, with the accommodations they chose, as they stand now. */
export interface OwnerDestination {
  readonly destination: PublicDestination;
  readonly joinedAt: Date;
  readonly changedAt: Date;
  readonly accommodations: readonly { readonly id: string; readonly name: string; readonly bookable: boolean }[];
}

/** The destinations the caller joined, in the order they joined them. */
export class ListOwnerDestinations extends Query<OwnerDestination[]> {
  constructor(readonly ownerId: string) {
    super();
  }
}

/** The caller's listing with one destination after their own change (`after`); null once they left it. */
export class GetOwnerDestination extends Query<OwnerDestination | null> {
  constructor(
    readonly ownerId: string,
    readonly destinationId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(ListOwnerDestinations)
export class ListOwnerDestinationsHandler implements IQueryHandler<ListOwnerDestinations> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId }: ListOwnerDestinations): Promise<OwnerDestination[]> {
    const em = this.em.fork();
    const listings = await em.find(DestinationListingRowSchema, { ownerId }, { orderBy: { joinedAt: 'asc', destinationId: 'asc' } });
    return ownerDestinations(em, ownerId, listings);
  }
}

@QueryHandler(GetOwnerDestination)
export class GetOwnerDestinationHandler implements IQueryHandler<GetOwnerDestination> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, destinationId, after }: GetOwnerDestination): Promise<OwnerDestination | null> {
    const id = destinationListingRowId(destinationId, ownerId);
    const em = this.em.fork();
    const listing = await this.waiter.rowAfter(after, destinationListingsProjection, destinationListingStream(destinationId, ownerId), id, () => em.findOne(DestinationListingRowSchema, { id }));
    if (!listing) return null;
    const [found] = await ownerDestinations(em, ownerId, [listing]);
    return found ?? null;
  }
}

/** The listings with their destinations' profiles and the chosen accommodations' names and bookability. */
async function ownerDestinations(em: EntityManager, ownerId: string, listings: readonly DestinationListingRow[]): Promise<OwnerDestination[]> {
  if (listings.length === 0) return [];
  const ids = [...new Set(listings.flatMap((listing) => listing.accommodationIds))].filter(isUuid);
  const [destinations, accommodations] = await Promise.all([
    em.find(DestinationRowSchema, { id: { $in: listings.map((listing) => listing.destinationId) } }),
    ids.length === 0 ? [] : em.find(AccommodationRowSchema, { id: { $in: ids }, ownerId }, { fields: ['id', 'name', 'visibility', 'archived'] }),
  ]);
  const destinationById = new Map(destinations.map((d) => [d.id, d]));
  const accommodationById = new Map(accommodations.map((a) => [a.id, a]));
  return listings.flatMap((listing) => {
    const destination = destinationById.get(listing.destinationId);
    if (!destination) return [];
    const chosen = listing.accommodationIds.flatMap((id) => {
      const accommodation = accommodationById.get(id);
      return accommodation ? [{ id, name: accommodation.name, bookable: accommodation.visibility === 'BOOKABLE' && !accommodation.archived }] : [];
    });
    return [{ destination: publicDestination(destination), joinedAt: listing.joinedAt, changedAt: listing.changedAt, accommodations: chosen }];
  });
}
