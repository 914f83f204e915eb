import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { isUuid } from '../../shared/kernel/ids';
import { accommodationStream } from '../domain/accommodation/accommodation.decider';
import { accommodationsProjection } from '../infrastructure/accommodation.projection';
import { AccommodationRowSchema, type AccommodationRow } from '../infrastructure/accommodation.row';

/** The caller's accommodation, or null when it is not theirs or does not exist. */
export class GetAccommodation extends Query<AccommodationRow | null> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

/** The caller's accommodations in the order they were created; archived ones only on request. */
export class ListAccommodations extends Query<AccommodationRow[]> {
  constructor(
    readonly ownerId: string,
    readonly includeArchived: boolean,
  ) {
    super();
  }
}

@QueryHandler(GetAccommodation)
export class GetAccommodationHandler implements IQueryHandler<GetAccommodation> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, accommodationId, after }: GetAccommodation): Promise<AccommodationRow | null> {
    if (!isUuid(accommodationId)) return null;
    const row = await this.waiter.rowAfter(after, accommodationsProjection, accommodationStream(accommodationId), accommodationId, () =>
      this.em.fork().findOne(AccommodationRowSchema, { id: accommodationId, ownerId }),
    );
    return row?.ownerId === ownerId ? row : null;
  }
}

@QueryHandler(ListAccommodations)
export class ListAccommodationsHandler implements IQueryHandler<ListAccommodations> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, includeArchived }: ListAccommodations): Promise<AccommodationRow[]> {
    return this.em
      .fork()
      .find(AccommodationRowSchema, includeArchived ? { ownerId } : { ownerId, archived: false }, { orderBy: { createdAt: 'asc', reference: 'asc' } });
  }
}
