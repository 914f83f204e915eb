import { OWNER } from '../../../test/support/tarification-fixtures';
import { decoded, type DecodedEvent, type RecordedEvent } from '../../event-store/event-store.port';
import { event } from '../../shared/kernel/message';
import { parsePromoCode } from '../domain/promo-codes/promo-code';
import { promoCodesStream, type PromoCodesEvent } from '../domain/promo-codes/promo-codes.decider';
import { promoCodesEvents } from '../domain/promo-codes/promo-codes.events';
import { promoCodesProjection } from './promo-code.projection';
import type { PromoCodeRow } from './promo-code.row';

const ID = 'code-1';
const T1 = '2026-06-01T09:00:00.000Z';
const T2 = '2026-06-02T10:30:00.000Z';
const T3 = '2026-06-02T10:31:00.000Z';

const details = parsePromoCode('input', { code: 'ETE2026', internalLabel: 'Summer mailing', label: { fr: 'Code été' }, usage: 'SINGLE', percent: 15, accommodationIds: ['acc-gite'] });

let position = 0n;

/** As the runner hands it over: stored as JSON, then read by the projection's own codec. */
function delivered(e: PromoCodesEvent, occurredAt: string): DecodedEvent<PromoCodesEvent> {
  position += 1n;
  const recorded: RecordedEvent = {
    id: `event-${position}`,
    streamName: promoCodesStream(OWNER),
    revision: Number(position),
    position: { commit: position, prepare: position },
    type: e.type,
    schemaVersion: promoCodesEvents.versionOf(e.type),
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { occurredAt, actor: { kind: 'owner', id: OWNER }, correlationId: 'corr-1', causationId: null },
    recordedAt: new Date(occurredAt),
  };
  return decoded(recorded, promoCodesProjection.decode(recorded));
}

const project = (events: readonly DecodedEvent<PromoCodesEvent>[]): PromoCodeRow | null =>
  events.reduce<PromoCodeRow | null>((row, e) => promoCodesProjection.evolve(row, e, promoCodesProjection.rowIds(e)[0]), null);

const created = delivered(event('PromoCodeCreated', { promoCodeId: ID, ownerId: OWNER, details }), T1);
const consumed = delivered(event('PromoCodeConsumed', { promoCodeId: ID, ownerId: OWNER, dossierId: 'dossier-1' }), T2);
const released = delivered(event('PromoCodeReleased', { promoCodeId: ID, ownerId: OWNER, dossierId: 'dossier-1' }), T3);

describe('Promo codes projection', () => {
  it('shows a single-use code as used by the booking that took it', () => expect(project([created, consumed])).toMatchObject({ consumedBy: 'dossier-1', updatedAt: new Date(T2) }));

  it('shows a code given back as unused again, keeping the rest of its row', () =>
    expect(project([created, consumed, released])).toEqual({
      id: ID,
      ownerId: OWNER,
      code: 'ETE2026',
      details,
      consumedBy: null,
      createdAt: new Date(T1),
      updatedAt: new Date(T3),
    }));
});
