import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { EstablishmentRowSchema, type EstablishmentRow } from '../infrastructure/establishment.row';
import { establishmentStream } from '../domain/establishment/establishment.decider';
import { establishmentsProjection } from '../infrastructure/establishment.projection';

/** Null until the owner first describes it. */
export class GetEstablishment extends Query<EstablishmentRow | null> {
  constructor(
    readonly ownerId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(GetEstablishment)
export class GetEstablishmentHandler implements IQueryHandler<GetEstablishment> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, after }: GetEstablishment): Promise<EstablishmentRow | null> {
    return this.waiter.rowAfter(after, establishmentsProjection, establishmentStream(ownerId), ownerId, () => this.em.fork().findOne(EstablishmentRowSchema, { id: ownerId }));
  }
}
