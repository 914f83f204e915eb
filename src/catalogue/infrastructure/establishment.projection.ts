import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { EstablishmentEvent } from '../domain/establishment/establishment.decider';
import { EstablishmentRowSchema, type EstablishmentRow } from './establishment.row';

const HANDLED: readonly EstablishmentEvent['type'][] = ['EstablishmentDescribed'];

export function evolveEstablishmentRow(_: EstablishmentRow | null, recorded: RecordedEvent): EstablishmentRow | null {
  const e = recorded as unknown as EstablishmentEvent;
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
        updatedAt: new Date(recorded.metadata.occurredAt),
      };
    }
    default:
      return assertNever(e.type);
  }
}

export const establishmentsProjection: Projection<EstablishmentRow> = {
  name: 'establishments',
  entity: EstablishmentRowSchema,
  tables: ['establishments'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.ownerId === 'string' ? [e.data.ownerId] : []),
  evolve: evolveEstablishmentRow,
};
