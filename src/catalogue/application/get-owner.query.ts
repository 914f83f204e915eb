import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { OwnerNotFound } from '../domain/owner/owner.errors';
import { ownerStream } from '../domain/owner/owner.decider';
import { ownersProjection } from '../infrastructure/owner.projection';
import { OwnerRowSchema, type OwnerRow } from '../infrastructure/owner.row';

/** `after`: the position of the caller's own write, which the answer must already show. */
export class GetOwner extends Query<OwnerRow> {
  constructor(
    readonly ownerId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(GetOwner)
export class GetOwnerHandler implements IQueryHandler<GetOwner> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, after }: GetOwner): Promise<OwnerRow> {
    // Sign-up also writes the default age ranges: a new owner's next screen lists them.
    const row = await this.waiter.rowAfter(after, ownersProjection, ownerStream(ownerId), ownerId, () => this.em.fork().findOne(OwnerRowSchema, { id: ownerId }), ['age-ranges']);
    if (!row) throw new OwnerNotFound(ownerId);
    return row;
  }
}
