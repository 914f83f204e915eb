import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { isUuid } from '../../shared/kernel/ids';
import { SupplementRowSchema, type SupplementRow } from '../infrastructure/supplement.row';
import { supplementStream } from '../domain/supplement/supplement.decider';
import { supplementsProjection } from '../infrastructure/supplement.projection';

export class GetSupplement extends Query<SupplementRow | null> {
  constructor(
    readonly ownerId: string,
    readonly supplementId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

/** The caller's supplements, or those that apply to one of their accommodations. */
export class ListSupplements extends Query<SupplementRow[]> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string | null,
  ) {
    super();
  }
}

@QueryHandler(GetSupplement)
export class GetSupplementHandler implements IQueryHandler<GetSupplement> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, supplementId, after }: GetSupplement): Promise<SupplementRow | null> {
    if (!isUuid(supplementId)) return null;
    const row = await this.waiter.rowAfter(after, supplementsProjection, supplementStream(supplementId), supplementId, () => this.em.fork().findOne(SupplementRowSchema, { id: supplementId, ownerId }));
    return row?.ownerId === ownerId ? row : null;
  }
}

@QueryHandler(ListSupplements)
export class ListSupplementsHandler implements IQueryHandler<ListSupplements> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, accommodationId }: ListSupplements): Promise<SupplementRow[]> {
    return findSupplements(this.em.fork(), ownerId, accommodationId);
  }
}

/** An owner's supplements, mandatory first; only those applying to one accommodation if named. */
export function findSupplements(em: EntityManager, ownerId: string, accommodationId: string | null): Promise<SupplementRow[]> {
  const where = accommodationId === null ? { ownerId } : { ownerId, accommodationIds: { $contains: [accommodationId] } };
  return em.find(SupplementRowSchema, where, { orderBy: { mandatory: 'desc', nameFr: 'asc', id: 'asc' } });
}
