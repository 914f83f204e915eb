import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../position';
import { ReadModelWaiter } from './read-model-waiter';

/**
 * For a mutation that answers without reading a row back (a removal answers `true`): it still
 * answers only once the read models show the change, so the caller's next query sees it.
 */
export class WaitForReadModels extends Query<boolean> {
  constructor(
    readonly position: Position | null,
    readonly projections: readonly string[],
  ) {
    super();
  }
}

@QueryHandler(WaitForReadModels)
export class WaitForReadModelsHandler implements IQueryHandler<WaitForReadModels> {
  constructor(private readonly waiter: ReadModelWaiter) {}

  execute({ position, projections }: WaitForReadModels): Promise<boolean> {
    return this.waiter.waitFor(position, projections);
  }
}
