import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_FOR_DOCUMENTS, CATALOGUE_QUERIES, type AccommodationForDocuments, type CatalogueForDocuments, type CatalogueQueries } from '../../catalogue/contracts';
import { InvalidInput } from '../../shared/kernel/errors';
import { touristTaxRegister, type RegisteredAccommodation, type RegisterFacts, type TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { registerRequest, type RegisterRequest } from '../domain/tourist-tax-register/register-request';
import type { DossierDocument } from './dossier-document';

/**
 * The owner's registre du logeur for the nights from `from` to `to` (both included), of one
 * authority when `authority` names it: what the GraphQL query and the exports read.
 */
export class GetTouristTaxRegister extends Query<TouristTaxRegister> {
  constructor(
    readonly ownerId: string,
    readonly from: string,
    readonly to: string,
    readonly authority: string | null,
  ) {
    super();
  }
}

/** As the dossiers export: a year of a busy owner fits many times over; a runaway read does not take the server. */
export const MAX_REGISTER_FILES = 10_000;

export class RegisterTooLarge extends InvalidInput {
  override readonly reason = 'REGISTER_TOO_LARGE';

  constructor() {
    super('to', `the period holds more than ${MAX_REGISTER_FILES} booking files: ask for a shorter one, a quarter or a month`);
  }
}

@QueryHandler(GetTouristTaxRegister)
export class GetTouristTaxRegisterHandler implements IQueryHandler<GetTouristTaxRegister> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(CATALOGUE_FOR_DOCUMENTS) private readonly documents: CatalogueForDocuments,
  ) {}

  async execute({ ownerId, from, to, authority }: GetTouristTaxRegister): Promise<TouristTaxRegister> {
    const request = registerRequest({ from, to, authority });
    const files = await this.filesStayingIn(ownerId, request);
    return touristTaxRegister(files, request, await this.factsOf(files));
  }

  /**
   * The owner's files with a night in the period: the first arrival on or before its last night
   * and the last departure after its first. A file whose stays lie either side of the period is
   * read for nothing, and the register leaves it out stay by stay. Cancelled files are left out
   * here already; deleted ones have no row.
   */
  private async filesStayingIn(ownerId: string, period: RegisterRequest): Promise<DossierDocument[]> {
    const rows = await this.em.fork().execute<{ document: DossierDocument }[]>(
      `SELECT document FROM dossiers
        WHERE owner_id = ? AND status <> 'CANCELLED' AND arrival <= CAST(? AS date) AND departure > CAST(? AS date)
        ORDER BY arrival, number, id LIMIT ?`,
      [ownerId, period.to, period.from, MAX_REGISTER_FILES + 1],
    );
    if (rows.length > MAX_REGISTER_FILES) throw new RegisterTooLarge();
    return rows.map((row) => row.document);
  }

  /** The accommodations' names and addresses, and the owner's age ranges, which every accommodation of theirs gives alike. */
  private async factsOf(files: readonly DossierDocument[]): Promise<RegisterFacts> {
    const ids = [...new Set(files.flatMap((file) => file.stays.map((stay) => stay.accommodationId)))];
    const [forBooking, forDocuments] = await Promise.all([Promise.all(ids.map((id) => this.catalogue.accommodationForBooking(id))), ids.length > 0 ? this.documents.accommodationsForDocuments(ids) : new Map<string, AccommodationForDocuments>()]);
    const accommodations = new Map<string, RegisteredAccommodation>(
      [...forDocuments.values()].map((a) => [a.accommodationId, { name: a.name, address: addressOf(a), registrationNumber: a.registrationNumber }]),
    );
    const ageRangeMaxAges = new Map(forBooking.flatMap((a) => a?.ageRanges ?? []).map((range) => [range.ageRangeId, range.maxAge]));
    return { accommodations, ageRangeMaxAges };
  }
}

/** "12 rue des Lices, 84000 Avignon". */
function addressOf(accommodation: AccommodationForDocuments): string | null {
  const place = [accommodation.postalCode, accommodation.city].filter((part) => part !== null && part.trim() !== '').join(' ');
  const address = [accommodation.address, place].filter((part) => part !== null && part.trim() !== '').join(', ');
  return address === '' ? null : address;
}
