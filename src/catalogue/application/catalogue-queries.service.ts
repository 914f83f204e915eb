import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../shared/kernel/ids';
import { euros } from '../../shared/kernel/money';
import type { AccommodationForBooking, CatalogueQueries } from '../contracts';
import type { AccommodationKind } from '../domain/accommodation/accommodation-details';
import type { Visibility } from '../domain/accommodation/accommodation.decider';
import type { SupplementUnit } from '../domain/supplement/supplement-details';
import { AccommodationRowSchema } from '../infrastructure/accommodation.row';
import { AgeRangeRowSchema } from '../infrastructure/age-range.row';
import { findSupplements } from './supplement.queries';

/** Answers other contexts from Catalogue's read models. */
@Injectable()
export class CatalogueQueriesService implements CatalogueQueries {
  constructor(private readonly em: EntityManager) {}

  async accommodationForBooking(accommodationId: string): Promise<AccommodationForBooking | null> {
    if (!isUuid(accommodationId)) return null;
    const em = this.em.fork();
    const row = await em.findOne(AccommodationRowSchema, { id: accommodationId });
    if (!row) return null;
    const [supplements, ageRanges] = await Promise.all([
      findSupplements(em, row.ownerId, accommodationId),
      em.find(AgeRangeRowSchema, { ownerId: row.ownerId }, { orderBy: { maxAge: 'desc' } }),
    ]);
    return {
      accommodationId: row.id,
      ownerId: row.ownerId,
      reference: row.reference,
      name: row.name,
      kind: row.kind as AccommodationKind,
      visibility: row.visibility as Visibility,
      archived: row.archived,
      capacity: { min: row.minCapacity, max: row.maxCapacity },
      supplements: supplements.map((s) => ({
        supplementId: s.id,
        name: { fr: s.nameFr, en: s.nameEn },
        mandatory: s.mandatory,
        price: euros(s.priceCents),
        unit: s.unit as SupplementUnit,
      })),
      ageRanges: ageRanges.map((a) => ({ ageRangeId: a.id, label: a.label, minAge: a.minAge, maxAge: a.maxAge })),
    };
  }

  async ownersOfAccommodations(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, string | null>> {
    const ids = accommodationIds.filter(isUuid);
    const rows = ids.length === 0 ? [] : await this.em.fork().find(AccommodationRowSchema, { id: { $in: ids } }, { fields: ['id', 'ownerId'] });
    const owners = new Map(rows.map((row) => [row.id, row.ownerId]));
    return new Map(accommodationIds.map((id) => [id, owners.get(id) ?? null]));
  }
}
