import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { localDayAndHour, PARIS_TIME_ZONE } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { CATALOGUE_QUERIES, type AgeRangeOffer, type CatalogueQueries, type SupplementOffer } from '../contracts';
import { AccommodationRowSchema, type AccommodationRow } from './accommodation.row';
import { OwnerRowSchema } from './owner.row';
import { ownerPublicName } from '../domain/owner/owner-public-name';
import { classificationAsOf, type ClassificationAsOf } from '../../shared/kernel/classification';

/** What a guest may know of an accommodation to book it: nothing of the owner's other data. */
export interface PublicAccommodation {
  readonly accommodation: AccommodationRow;
  /** As it stands today: an expired one is advertised as unclassified. */
  readonly classification: ClassificationAsOf;
  /** Those that apply to it, mandatory first. */
  readonly supplements: readonly SupplementOffer[];
  /** The owner's age ranges, oldest first: a quote counts occupants per range. */
  readonly ageRanges: readonly AgeRangeOffer[];
  /** How guests reach the owner: a name, a phone, a website; never the address they log in with. */
  readonly contact: PublicContact;
}

export interface PublicContact {
  readonly name: string;
  readonly phone: string | null;
  readonly city: string | null;
  readonly website: string | null;
}

/**
 * An accommodation as guests see it; null when it is hidden, archived or unknown, the same answer
 * for all three, so a guest cannot tell an accommodation kept from view from one that never was.
 */
export class GetPublicAccommodation extends Query<PublicAccommodation | null> {
  constructor(readonly accommodationId: string) {
    super();
  }
}

@QueryHandler(GetPublicAccommodation)
export class GetPublicAccommodationHandler implements IQueryHandler<GetPublicAccommodation> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ accommodationId }: GetPublicAccommodation): Promise<PublicAccommodation | null> {
    if (!isUuid(accommodationId)) return null;
    const [accommodation, offer] = await Promise.all([
      this.em.fork().findOne(AccommodationRowSchema, { id: accommodationId, archived: false, visibility: { $ne: 'HIDDEN' } }),
      this.catalogue.accommodationForBooking(accommodationId),
    ]);
    if (!accommodation || !offer) return null;
    const owner = await this.em.fork().findOne(OwnerRowSchema, { id: offer.ownerId }, { fields: ['company', 'civility', 'firstName', 'lastName', 'phone1', 'city', 'website'] });
    const name = owner ? ownerPublicName(owner) : '';
    const contact = { name, phone: owner?.phone1 ?? null, city: owner?.city ?? null, website: owner?.website ?? null };
    const classification = classificationAsOf(accommodation.starRating, accommodation.classificationDecidedOn, localDayAndHour(this.clock.now(), PARIS_TIME_ZONE).date);
    return { accommodation, classification, supplements: offer.supplements, ageRanges: offer.ageRanges, contact };
  }
}
