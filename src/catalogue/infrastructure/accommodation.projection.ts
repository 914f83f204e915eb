import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { AccommodationDetails } from '../domain/accommodation/accommodation-details';
import { accommodationEvents, type AccommodationEvent } from '../domain/accommodation/accommodation.events';
import { AccommodationRowSchema, type AccommodationRow } from './accommodation.row';

type DetailColumns = Omit<
  AccommodationRow,
  'id' | 'ownerId' | 'reference' | 'visibility' | 'archived' | 'registrationNumber' | 'communeRequiresRegistration' | 'classificationDecidedOn' | 'createdAt' | 'updatedAt'
>;

function detailColumns(details: AccommodationDetails): DetailColumns {
  return {
    name: details.name,
    kind: details.kind,
    starRating: details.starRating,
    address: details.address,
    postalCode: details.postalCode,
    city: details.city,
    latitude: details.location?.latitude ?? null,
    longitude: details.location?.longitude ?? null,
    altitude: details.altitude,
    minCapacity: details.minCapacity,
    maxCapacity: details.maxCapacity,
    surface: details.surface,
    floor: details.floor,
    orientation: details.orientation,
    securityDepositCents: details.securityDeposit?.cents ?? null,
    descriptionFr: details.description.fr,
    descriptionEn: details.description.en,
    characteristics: [...details.characteristics],
    photos: [...details.photos],
  };
}

export function evolveAccommodationRow(row: AccommodationRow | null, e: DecodedEvent<AccommodationEvent>): AccommodationRow | null {
  const at = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'AccommodationCreated': {
      const { accommodationId, ownerId, reference, details } = e.data;
      return {
        id: accommodationId,
        ownerId,
        reference,
        ...detailColumns(details),
        visibility: 'HIDDEN',
        archived: false,
        registrationNumber: null,
        communeRequiresRegistration: false,
        classificationDecidedOn: null,
        createdAt: at,
        updatedAt: at,
      };
    }
    case 'AccommodationUpdated':
      return row && { ...row, ...detailColumns(e.data.details), updatedAt: at };
    case 'AccommodationVisibilityChanged':
      return row && { ...row, visibility: e.data.visibility, updatedAt: at };
    case 'AccommodationArchived':
      return row && { ...row, archived: true, updatedAt: at };
    case 'AccommodationRestored':
      return row && { ...row, archived: false, updatedAt: at };
    case 'AccommodationRegistrationSet': {
      const { registrationNumber, communeRequiresRegistration, classificationDecidedOn } = e.data;
      return row && { ...row, registrationNumber, communeRequiresRegistration, classificationDecidedOn, updatedAt: at };
    }
    default:
      return assertNever(e);
  }
}

export const accommodationsProjection: Projection<AccommodationRow, AccommodationEvent> = {
  name: 'accommodations',
  entity: AccommodationRowSchema,
  tables: ['accommodations'],
  handles: accommodationEvents.types,
  decode: (stored) => accommodationEvents.decode(stored),
  rowIds: (e) => [e.data.accommodationId],
  evolve: evolveAccommodationRow,
};
