import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../shared/kernel/ids';
import { euros } from '../../shared/kernel/money';
import type { AccommodationForBooking, AccommodationLabel, CatalogueQueries, OwnedAccommodation } from '../contracts';
import { ownerPublicName } from '../domain/owner/owner-public-name';
import type { AccommodationKind } from '../domain/accommodation/accommodation-details';
import { classificationOf } from '../../shared/kernel/classification';
import type { Visibility } from '../domain/accommodation/accommodation.decider';
import type { SupplementUnit } from '../domain/supplement/supplement-details';
import { AccommodationRowSchema } from '../infrastructure/accommodation.row';
import { destinationListingRowId, DestinationListingRowSchema } from '../infrastructure/destination-listing.row';

interface BookingRow {
  id: string;
  owner_id: string;
  reference: string;
  name: string;
  kind: string;
  visibility: string;
  archived: boolean;
  min_capacity: number;
  max_capacity: number;
  star_rating: number;
  classification_decided_on: string | null;
  registration_number: string | null;
  supplements: { id: string; name_fr: string; name_en: string | null; mandatory: boolean; price_cents: number; unit: string }[];
  age_ranges: { id: string; label: string; min_age: number; max_age: number; counts: boolean }[];
}

/** Supplements in the order `findSupplements` lists them (mandatory first); age ranges oldest first. */
const ACCOMMODATION_FOR_BOOKING = `
  SELECT a.id, a.owner_id, a.reference, a.name, a.kind, a.visibility, a.archived, a.min_capacity, a.max_capacity,
    a.star_rating, to_char(a.classification_decided_on, 'YYYY-MM-DD') AS classification_decided_on, a.registration_number,
    (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name_fr', s.name_fr, 'name_en', s.name_en, 'mandatory', s.mandatory,
                                                'price_cents', s.price_cents, 'unit', s.unit)
                              ORDER BY s.mandatory DESC, s.name_fr, s.id), '[]')
       FROM supplements s WHERE s.owner_id = a.owner_id AND s.accommodation_ids @> ARRAY[CAST(a.id AS text)]) AS supplements,
    (SELECT coalesce(json_agg(json_build_object('id', r.id, 'label', r.label, 'min_age', r.min_age, 'max_age', r.max_age,
                                                'counts', r.counts_towards_capacity)
                              ORDER BY r.max_age DESC), '[]')
       FROM age_ranges r WHERE r.owner_id = a.owner_id) AS age_ranges
  FROM accommodations a WHERE a.id = ?`;

/** Answers other contexts from Catalogue's read models. */
@Injectable()
export class CatalogueQueriesService implements CatalogueQueries {
  constructor(private readonly em: EntityManager) {}

  /** One round trip: every booking and every guest's quote asks this. */
  async accommodationForBooking(accommodationId: string): Promise<AccommodationForBooking | null> {
    if (!isUuid(accommodationId)) return null;
    const [row] = await this.em.fork().execute<BookingRow[]>(ACCOMMODATION_FOR_BOOKING, [accommodationId]);
    if (!row) return null;
    return {
      accommodationId: row.id,
      ownerId: row.owner_id,
      reference: row.reference,
      name: row.name,
      kind: row.kind as AccommodationKind,
      visibility: row.visibility as Visibility,
      archived: row.archived,
      capacity: { min: row.min_capacity, max: row.max_capacity },
      classification: classificationOf(row.star_rating, row.classification_decided_on),
      registrationNumber: row.registration_number,
      supplements: row.supplements.map((s) => ({
        supplementId: s.id,
        name: { fr: s.name_fr, en: s.name_en },
        mandatory: s.mandatory,
        price: euros(s.price_cents),
        unit: s.unit as SupplementUnit,
      })),
      ageRanges: row.age_ranges.map((a) => ({ ageRangeId: a.id, label: a.label, minAge: a.min_age, maxAge: a.max_age, countsTowardsCapacity: a.counts })),
    };
  }

  async ownersOfAccommodations(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, string | null>> {
    const ids = accommodationIds.filter(isUuid);
    const rows = ids.length === 0 ? [] : await this.em.fork().find(AccommodationRowSchema, { id: { $in: ids } }, { fields: ['id', 'ownerId'] });
    const owners = new Map(rows.map((row) => [row.id, row.ownerId]));
    return new Map(accommodationIds.map((id) => [id, owners.get(id) ?? null]));
  }

  async accommodationsOfOwner(ownerId: string): Promise<OwnedAccommodation[]> {
    if (!isUuid(ownerId)) return [];
    const rows = await this.em
      .fork()
      .find(
        AccommodationRowSchema,
        { ownerId, archived: false },
        { fields: ['id', 'reference', 'name', 'kind', 'starRating', 'classificationDecidedOn'], orderBy: { createdAt: 'asc', reference: 'asc' } },
      );
    return rows.map((row) => ({
      accommodationId: row.id,
      reference: row.reference,
      name: row.name,
      kind: row.kind as AccommodationKind,
      classification: classificationOf(row.starRating, row.classificationDecidedOn),
    }));
  }

  async listedBy(destinationId: string, ownerId: string, accommodationId: string): Promise<boolean> {
    if (!isUuid(destinationId) || !isUuid(ownerId)) return false;
    const row = await this.em.fork().findOne(DestinationListingRowSchema, { id: destinationListingRowId(destinationId, ownerId) }, { fields: ['accommodationIds'] });
    return row?.accommodationIds.includes(accommodationId) ?? false;
  }

  async accommodationLabels(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, AccommodationLabel>> {
    const ids = [...new Set(accommodationIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const rows = await this.em
      .fork()
      .execute<{ id: string; name: string; company: string | null; first_name: string | null; last_name: string | null }[]>(
        'SELECT a.id, a.name, o.company, o.first_name, o.last_name FROM accommodations a LEFT JOIN owners o ON o.id = a.owner_id WHERE a.id IN (?)',
        [ids],
      );
    return new Map(rows.map((row) => [row.id, { name: row.name, ownerName: ownerPublicName({ company: row.company, firstName: row.first_name, lastName: row.last_name }) }]));
  }
}
