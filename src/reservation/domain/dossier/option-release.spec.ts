import { givenDecider } from '../../../../test/support/decider-spec';
import { storedAs } from '../../../../test/support/event-contract-spec';
import { guest } from '../../../../test/support/reservation-fixtures';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import type { DossierStatus } from './dossier';
import { dossierDecider, type DossierCommand, type DossierEvent } from './dossier.decider';
import { dossierEvents, type DossierOpened } from './dossier.events';
import { releaseDay, releaseReason } from './option-release';

const addressed = { dossierId: 'dossier-1', ownerId: 'owner-1' };
const given = givenDecider(dossierDecider);

/** An option made on 1 March for a week from 4 July, its 25 % acompte due on 11 March. */
const opened = (percent = 25, arrival = '2026-07-04'): DossierEvent =>
  event('DossierOpened', {
    ...addressed,
    createdAt: '2026-03-01T09:30:00.000Z',
    timeZone: 'Europe/Paris',
    origin: 'ONLINE',
    destinationId: null,
    guest: guest(),
    stays: [
      {
        stayId: 'stay-gite',
        holdId: 'hold-gite',
        accommodationId: 'acc-gite',
        arrival,
        departure: '2026-07-11',
        occupants: [{ ageRangeId: 'age-adults', count: 2 }],
        optionalSupplementIds: [],
        pricing: { accommodationPrice: euros(25_000), overridden: false, discounts: [], supplements: [], touristTax: euros(0) },
      },
    ],
    note: null,
    internalNote: null,
    promoCode: null,
    deposit: { kind: 'ACOMPTE', percent, dueDate: '2026-03-11' },
    balanceDueDate: '2026-07-04',
  } satisfies DossierOpened);

const AN_OPTION = [opened()];

/** The sweep's step for an owner who releases unpaid options 5 days after their due date. */
const sweep = (now: string, afterDays = 5): DossierCommand => command('ReleaseUnpaidOption', { ...addressed, afterDays, now });
const scheduled = (releaseOn: string, depositDueDate = '2026-03-11'): DossierEvent => event('OptionReleaseScheduled', { ...addressed, depositDueDate, releaseOn });
const statusChanged = (from: DossierStatus, to: DossierStatus): DossierEvent => event('DossierStatusChanged', { ...addressed, from, to });
const REASON = 'Option non acceptée : acompte attendu le 11/03/2026 non reçu, libérée automatiquement. / Option not accepted: deposit due on 2026-03-11 not received, released automatically.';

/** 10:00 in Paris on the day given. */
const at = (day: string) => `${day}T09:00:00.000Z`;

describe('Releasing an option whose deposit stays unpaid', () => {
  it('does nothing while the deposit is not late where the gîte is', () => {
    given(AN_OPTION).when(sweep(at('2026-03-11'))).thenNothing();
    // 23:30 UTC on the 11th is already the 12th in Paris.
    given(AN_OPTION).when(sweep('2026-03-11T23:30:00.000Z')).then([scheduled('2026-03-16')]);
  });

  it('tells the guest first, once, the day the option goes: five days after the due date', () => {
    given(AN_OPTION).when(sweep(at('2026-03-12'))).then([scheduled('2026-03-16')]);
    given([...AN_OPTION, scheduled('2026-03-16')]).when(sweep(at('2026-03-15'))).thenNothing();
  });

  it('gives a guest told late a day to pay at least', () => {
    expect(releaseDay('2026-03-11', 5, '2026-03-20')).toBe('2026-03-21');
    given(AN_OPTION).when(sweep(at('2026-03-20'))).then([scheduled('2026-03-21')]);
  });

  it('releases the option on the day told, cancelling the file with a reason in French and English', () =>
    given([...AN_OPTION, scheduled('2026-03-16')])
      .when(sweep(at('2026-03-16')))
      .then([
        event('OptionReleased', { ...addressed, depositDueDate: '2026-03-11' }),
        event('DossierCancelled', { ...addressed, reason: REASON, cancelledAt: at('2026-03-16'), by: null }),
        statusChanged('OPTION', 'CANCELLED'),
      ]));

  it('releases once, however many sweeps see it', () => {
    const released = [
      ...AN_OPTION,
      scheduled('2026-03-16'),
      event('OptionReleased', { ...addressed, depositDueDate: '2026-03-11' }),
      event('DossierCancelled', { ...addressed, reason: REASON, cancelledAt: at('2026-03-16'), by: null }),
      statusChanged('OPTION', 'CANCELLED'),
    ];
    given(released).when(sweep(at('2026-03-16'))).thenNothing();
    expect(fold(dossierDecider, released)).toMatchObject({ status: 'CANCELLED', cancellation: { reason: REASON }, releaseNotice: { releaseOn: '2026-03-16', released: true } });
  });

  it('keeps an option paid in the meantime', () => {
    const deposit = event('PaymentReceived', { ...addressed, payment: { paymentId: 'pay-1', date: '2026-03-14', method: 'TRANSFER' as const, amount: euros(6_250), note: null } });
    given([...AN_OPTION, scheduled('2026-03-16'), deposit, statusChanged('OPTION', 'CONFIRMED')])
      .when(sweep(at('2026-03-16')))
      .thenNothing();
  });

  it('starts again from a due date the owner moved: the old notice no longer counts', () => {
    const relance = event('DueDatesMoved', { ...addressed, depositDueDate: '2026-03-25', balanceDueDate: '2026-07-04' });
    const history = [...AN_OPTION, scheduled('2026-03-16'), relance];
    given(history).when(sweep(at('2026-03-16'))).thenNothing();
    given(history).when(sweep(at('2026-03-26'))).then([scheduled('2026-03-30', '2026-03-25')]);
  });

  it('leaves alone an option whose stay would begin before the release, or that asks no deposit', () => {
    given([opened(25, '2026-03-16')]).when(sweep(at('2026-03-12'))).thenNothing();
    given([opened(0)]).when(sweep(at('2026-03-12'))).thenNothing();
  });

  it('says arrhes for arrhes', () => expect(releaseReason('ARRHES', '2026-03-11')).toMatch(/^Option non acceptée : arrhes attendues le 11\/03\/2026 non reçues/));

  it('reads back its events as they were stored, at version 1', () => {
    for (const e of [scheduled('2026-03-16'), event('OptionReleased', { ...addressed, depositDueDate: '2026-03-11' })] satisfies DossierEvent[]) {
      expect(dossierEvents.versionOf(e.type)).toBe(1);
      expect(dossierEvents.decode(storedAs(e))).toEqual(e);
    }
  });
});
