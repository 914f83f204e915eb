import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { localDayAndHour, PARIS_TIME_ZONE } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { accommodationStream } from '../domain/accommodation/accommodation.decider';
import { classificationAsOf, type ClassificationAsOf } from '../../shared/kernel/classification';
import { accommodationsProjection } from '../infrastructure/accommodation.projection';
import { AccommodationRowSchema, type AccommodationRow } from '../infrastructure/accommodation.row';

/** An accommodation as its owner reads it: its row, and its classement as it stands today. */
export interface OwnerAccommodation extends AccommodationRow {
  readonly classification: ClassificationAsOf;
}

/** Today in Paris: whether a classement has expired is a question of days, and hours overseas make no difference worth a lookup. */
function withClassification(row: AccommodationRow, clock: Clock): OwnerAccommodation {
  const today = localDayAndHour(clock.now(), PARIS_TIME_ZONE).date;
  return { ...row, classification: classificationAsOf(row.starRating, row.classificationDecidedOn, today) };
}

/** The caller's accommodation, or null when it is not theirs or does not exist. */
export class GetAccommodation extends Query<OwnerAccommodation | null> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

/** The caller's accommodations in the order they were created; archived ones only on request. */
export class ListAccommodations extends Query<OwnerAccommodation[]> {
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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, accommodationId, after }: GetAccommodation): Promise<OwnerAccommodation | null> {
    if (!isUuid(accommodationId)) return null;
    const row = await this.waiter.rowAfter(after, accommodationsProjection, accommodationStream(accommodationId), accommodationId, () =>
      this.em.fork().findOne(AccommodationRowSchema, { id: accommodationId, ownerId }),
    );
    return row?.ownerId === ownerId ? withClassification(row, this.clock) : null;
  }
}

@QueryHandler(ListAccommodations)
export class ListAccommodationsHandler implements IQueryHandler<ListAccommodations> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, includeArchived }: ListAccommodations): Promise<OwnerAccommodation[]> {
    const rows = await this.em
      .fork()
      .find(AccommodationRowSchema, includeArchived ? { ownerId } : { ownerId, archived: false }, { orderBy: { createdAt: 'asc', reference: 'asc' } });
    return rows.map((row) => withClassification(row, this.clock));
  }
}
