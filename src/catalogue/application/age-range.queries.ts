import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { isUuid } from '../../shared/kernel/ids';
import { ownerStream } from '../domain/owner/owner.decider';
import { ageRangesProjection } from '../infrastructure/age-range.projection';
import { AgeRangeRowSchema, type AgeRangeRow } from '../infrastructure/age-range.row';

/** The caller's age ranges, oldest first, as booking forms list them. */
export class ListAgeRanges extends Query<AgeRangeRow[]> {
  constructor(
    readonly ownerId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(ListAgeRanges)
export class ListAgeRangesHandler implements IQueryHandler<ListAgeRanges> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, after }: ListAgeRanges): Promise<AgeRangeRow[]> {
    const rows = await this.waiter.rowsAfter(after, ageRangesProjection, [ownerStream(ownerId)], () => this.em.fork().find(AgeRangeRowSchema, { ownerId }, { orderBy: { maxAge: 'desc' } }));
    return rows.sort((a, b) => b.maxAge - a.maxAge);
  }
}

export class GetAgeRange extends Query<AgeRangeRow | null> {
  constructor(
    readonly ownerId: string,
    readonly ageRangeId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(GetAgeRange)
export class GetAgeRangeHandler implements IQueryHandler<GetAgeRange> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, ageRangeId, after }: GetAgeRange): Promise<AgeRangeRow | null> {
    if (!isUuid(ageRangeId)) return null;
    return this.waiter.rowAfter(after, ageRangesProjection, ownerStream(ownerId), ageRangeId, () => this.em.fork().findOne(AgeRangeRowSchema, { id: ageRangeId, ownerId }));
  }
}
