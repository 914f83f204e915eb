import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../../shared/kernel/ids';
import type { AccommodationForDocuments, CatalogueForDocuments, OwnerForDocuments } from '../contracts';
import type { AccommodationKind } from '../domain/accommodation/accommodation-details';
import { characteristic } from '../domain/accommodation/characteristics';
import { classificationOf } from '../../shared/kernel/classification';
import { AccommodationRowSchema } from './accommodation.row';
import { AgeRangeRowSchema } from './age-range.row';
import { EstablishmentRowSchema } from './establishment.row';
import { OwnerRowSchema } from './owner.row';
import { euros } from '../../shared/kernel/money';

/** Answers Communication from Catalogue's read models: who writes, and what is described. */
@Injectable()
export class CatalogueForDocumentsService implements CatalogueForDocuments {
  constructor(private readonly em: EntityManager) {}

  async ownerForDocuments(ownerId: string): Promise<OwnerForDocuments | null> {
    if (!isUuid(ownerId)) return null;
    const em = this.em.fork();
    const [owner, establishment, ageRanges] = await Promise.all([
      em.findOne(OwnerRowSchema, { id: ownerId }),
      em.findOne(EstablishmentRowSchema, { id: ownerId }),
      em.find(AgeRangeRowSchema, { ownerId }, { fields: ['id', 'label'], orderBy: { maxAge: 'desc' } }),
    ]);
    if (!owner) return null;
    const { email, company, civility, lastName, firstName, address, postalCode, city, country, website } = owner;
    return {
      ...{ ownerId, email, company, civility, lastName, firstName, address, postalCode, city, country, website },
      phones: [owner.phone1, owner.phone2].filter((phone) => phone !== null),
      ageRanges: ageRanges.map((range) => ({ ageRangeId: range.id, label: range.label })),
      establishment: establishment && {
        name: establishment.name,
        slogan: establishment.slogan,
        description: { fr: establishment.descriptionFr, en: establishment.descriptionEn },
        photoUrls: establishment.photos.map((photo) => photo.url),
      },
    };
  }

  async accommodationsForDocuments(accommodationIds: readonly string[]): Promise<ReadonlyMap<string, AccommodationForDocuments>> {
    const ids = accommodationIds.filter(isUuid);
    const rows = ids.length === 0 ? [] : await this.em.fork().find(AccommodationRowSchema, { id: { $in: ids } });
    return new Map(
      rows.map((row) => [
        row.id,
        {
          accommodationId: row.id,
          ownerId: row.ownerId,
          name: row.name,
          kind: row.kind as AccommodationKind,
          starRating: row.starRating,
          address: row.address,
          postalCode: row.postalCode,
          city: row.city,
          capacity: { min: row.minCapacity, max: row.maxCapacity },
          surface: row.surface,
          securityDeposit: row.securityDepositCents === null ? null : euros(row.securityDepositCents),
          classification: classificationOf(row.starRating, row.classificationDecidedOn),
          registrationNumber: row.registrationNumber,
          characteristics: row.characteristics.flatMap((code) => {
            const known = characteristic(code);
            return known ? [known.label] : [];
          }),
          description: { fr: row.descriptionFr, en: row.descriptionEn },
          photoUrls: row.photos.map((photo) => photo.url),
        },
      ]),
    );
  }
}
