import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { frenchPostalCode } from '../../shared/kernel/french-geography';
import type { Commune } from '../domain/address/french-postal-address';
import { COMMUNE_DIRECTORY, type CommuneDirectory } from './ports';

/** The communes a French postal code serves, by name: what an address form offers to choose from. */
export class FindCommunes extends Query<readonly Commune[]> {
  constructor(readonly postalCode: string) {
    super();
  }
}

@QueryHandler(FindCommunes)
export class FindCommunesHandler implements IQueryHandler<FindCommunes> {
  constructor(@Inject(COMMUNE_DIRECTORY) private readonly directory: CommuneDirectory) {}

  async execute({ postalCode }: FindCommunes): Promise<readonly Commune[]> {
    return this.directory.communesOf(frenchPostalCode('postalCode', postalCode.trim()));
  }
}
