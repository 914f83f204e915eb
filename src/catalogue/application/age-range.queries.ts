import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { isUuid } from '../../shared/kernel/ids';
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
    await this.waiter.waitFor(after, ['age-ranges']);
    return this.em.fork().find(AgeRangeRowSchema, { ownerId }, { orderBy: { maxAge: 'desc' } });
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
    await this.waiter.waitFor(after, ['age-ranges']);
    return this.em.fork().findOne(AgeRangeRowSchema, { id: ageRangeId, ownerId });
  }
}
