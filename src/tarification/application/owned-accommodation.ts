import type { CatalogueQueries } from '../../catalogue/contracts';
import { assertOwnsAccommodation } from '../../shared/kernel/accommodation-access';
import { isUuid } from '../../shared/kernel/ids';

/** Reads of one accommodation's prices are the owner's alone: anyone else is refused. */
export async function assertCallerOwns(catalogue: CatalogueQueries, ownerId: string, accommodationId: string): Promise<void> {
  const owners = isUuid(accommodationId) ? await catalogue.ownersOfAccommodations([accommodationId]) : new Map<string, string | null>();
  assertOwnsAccommodation(accommodationId, owners.get(accommodationId) ?? null, ownerId, 'accommodationId');
}
