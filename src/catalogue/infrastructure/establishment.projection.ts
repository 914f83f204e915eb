import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { establishmentEvents, type EstablishmentEvent } from '../domain/establishment/establishment.events';
import { EstablishmentRowSchema, type EstablishmentRow } from './establishment.row';

export function evolveEstablishmentRow(_: EstablishmentRow | null, e: DecodedEvent<EstablishmentEvent>): EstablishmentRow | null {
  switch (e.type) {
    case 'EstablishmentDescribed': {
      const { name, slogan, description, photos } = e.data.details;
      return {
        id: e.data.ownerId,
        name,
        slogan,
        descriptionFr: description.fr,
        descriptionEn: description.en,
        photos: [...photos],
        updatedAt: new Date(e.metadata.occurredAt),
      };
    }
    default:
      return assertNever(e.type);
  }
}

export const establishmentsProjection: Projection<EstablishmentRow, EstablishmentEvent> = {
  name: 'establishments',
  entity: EstablishmentRowSchema,
  tables: ['establishments'],
  handles: ['EstablishmentDescribed'],
  decode: (stored) => establishmentEvents.decode(stored),
  rowIds: (e) => [e.data.ownerId],
  evolve: evolveEstablishmentRow,
};
