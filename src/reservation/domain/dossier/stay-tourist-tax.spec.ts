import { givenDecider } from '../../../../test/support/decider-spec';
import { storedAs } from '../../../../test/support/event-contract-spec';
import { guest } from '../../../../test/support/reservation-fixtures';
import { fold } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import type { TouristTaxDetail, TouristTaxLine } from '../../../tarification/contracts';
import { totalsOf, type DossierStay, type StayTouristTax } from './dossier';
import { dossierDecider, type DossierCommand, type DossierEvent } from './dossier.decider';
import { dossierEvents, type DossierOpened } from './dossier.events';
import { LifecycleForbids } from './dossier.errors';

const ID = 'dossier-1';
const OWNER = 'owner-1';
const addressed = { dossierId: ID, ownerId: OWNER };
const given = givenDecider(dossierDecider);

type Taxed = Extract<TouristTaxLine, { status: 'TAXED' }>;

/** A 2-star gîte's week for 2 adults and 2 children: 0.80 € + 10 % = 0.88 € × 2 × 7 = 12.32 €. */
const LINE: Taxed = {
      status: 'TAXED',
      nights: ['2026-07-04', '2026-07-05', '2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'],
      personsTaxed: 2,
      personsExempt: { MINOR: 2 },
      basis: { kind: 'TARIFF', category: 'TWO_STARS' },
      communalPerPersonNight: euros(80),
      additionalTaxes: [{ kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10, perPersonNight: euros(8), amount: euros(112) }],
      perPersonNight: euros(88),
      amount: euros(1_232),
};
const DETAIL: TouristTaxDetail = { lines: [LINE], total: euros(1_232) };

const stay = (touristTaxCents: number, overrides: Partial<DossierStay> = {}): DossierStay => ({
  stayId: 'stay-gite',
  holdId: 'hold-gite',
  accommodationId: 'acc-gite',
  arrival: '2026-07-04',
  departure: '2026-07-11',
  occupants: [
    { ageRangeId: 'age-adults', count: 2 },
    { ageRangeId: 'age-children', count: 2 },
  ],
  optionalSupplementIds: [],
  pricing: { accommodationPrice: euros(70_000), overridden: false, discounts: [], supplements: [], touristTax: euros(touristTaxCents) },
  ...overrides,
});

const ASSESSED: StayTouristTax = { stayId: 'stay-gite', exemptions: {}, amount: euros(1_232), detail: DETAIL, authority: 'COMMUNE:84050' };
/** One of the two adults a seasonal worker: 0.88 € × 1 × 7 = 6.16 €. */
const WITH_WORKER: StayTouristTax = {
  stayId: 'stay-gite',
  exemptions: { SEASONAL_WORKER: 1 },
  amount: euros(616),
  authority: 'COMMUNE:84050',
  detail: {
    lines: [{ ...LINE, personsTaxed: 1, personsExempt: { MINOR: 2, SEASONAL_WORKER: 1 }, additionalTaxes: [{ ...LINE.additionalTaxes[0], amount: euros(56) }], amount: euros(616) }],
    total: euros(616),
  },
};

const OPENING: DossierOpened = {
  ...addressed,
  createdAt: '2026-03-01T09:30:00.000Z',
  timeZone: 'Europe/Paris',
  origin: 'BACK_OFFICE',
  destinationId: null,
  guest: guest({ firstName: 'Claire' }),
  stays: [stay(1_232)],
  note: null,
  internalNote: null,
  promoCode: null,
  deposit: { kind: 'ARRHES', percent: 25, dueDate: '2026-03-11' },
  balanceDueDate: '2026-07-04',
};
const SAME_DUE_DATES = { depositDueDate: OPENING.deposit.dueDate, balanceDueDate: OPENING.balanceDueDate };

const assessed = (tax: StayTouristTax): DossierEvent => event('StayTouristTaxAssessed', { ...addressed, ...tax });
const open = (touristTaxes?: StayTouristTax[]): DossierCommand => command('OpenDossier', { ...OPENING, ...(touristTaxes ? { touristTaxes } : {}) });
const assess = (tax: StayTouristTax): DossierCommand => command('AssessTouristTax', { ...addressed, touristTax: tax });
const OPENED: DossierEvent[] = [event('DossierOpened', OPENING), assessed(ASSESSED)];

describe("A booking file's taxe de séjour", () => {
  it('records the assessment of a stay taxed from its tables with the opening, in the same append', () =>
    given([]).when(open([ASSESSED])).then([event('DossierOpened', OPENING), assessed(ASSESSED)]));

  it('writes no assessment for a flat amount that nobody was exempted from: the pricing says it all', () =>
    given([]).when(open([{ stayId: 'stay-gite', exemptions: {}, amount: euros(1_232), detail: null, authority: null }])).then([event('DossierOpened', OPENING)]));

  it('does not write the opening twice, nor its assessment, when the opening is retried', () => given(OPENED).when(open([ASSESSED])).thenNothing());

  it('keeps the assessment on the file, the stay pricing carrying its amount', () => {
    const file = fold(dossierDecider, OPENED);
    expect(file?.touristTaxes).toEqual([ASSESSED]);
    expect(file?.stays[0].pricing.touristTax).toEqual(euros(1_232));
  });

  it('records the adults the owner exempts, with the tax assessed again', () => given(OPENED).when(assess(WITH_WORKER)).then([assessed(WITH_WORKER)]));

  it('lowers the tax the file shows, never its total', () => {
    const before = fold(dossierDecider, OPENED);
    const after = fold(dossierDecider, [...OPENED, assessed(WITH_WORKER)]);
    expect(after?.stays[0].pricing.touristTax).toEqual(euros(616));
    expect(after && totalsOf(after).total).toEqual(before && totalsOf(before).total);
  });

  it('records nothing when the same exemptions are recorded again', () => given([...OPENED, assessed(WITH_WORKER)]).when(assess(WITH_WORKER)).thenNothing());

  it('refuses exemptions for a stay the file does not have', () =>
    given(OPENED)
      .when(assess({ ...WITH_WORKER, stayId: 'stay-studio' }))
      .thenThrows(Conflict, { message: `Booking file ${ID} has no stay stay-studio` }));

  it('refuses exemptions on a cancelled file', () =>
    given([...OPENED, event('DossierCancelled', { ...addressed, reason: null, cancelledAt: '2026-04-02T08:00:00.000Z', by: 'GUEST' as const }), event('DossierStatusChanged', { ...addressed, from: 'OPTION' as const, to: 'CANCELLED' as const })])
      .when(assess(WITH_WORKER))
      .thenThrows(LifecycleForbids));

  it('assesses a moved stay again after the change that moved it', () => {
    const moved = stay(1_232, { holdId: 'hold-2', arrival: '2026-07-11', departure: '2026-07-18' });
    const again: StayTouristTax = { ...ASSESSED, detail: { ...DETAIL, lines: [{ ...LINE, nights: ['2026-07-11', '2026-07-12', '2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17'] }] } };
    given(OPENED)
      .when(command('ChangeStays', { ...addressed, stays: [moved], dueDates: SAME_DUE_DATES, touristTaxes: [again] }))
      .then([event('StayChanged', { ...addressed, stay: moved, previous: stay(1_232) }), assessed(again)]);
  });

  it('keeps the recorded exemptions through a change, and drops the detail the change made stale', () => {
    const moved = stay(616, { holdId: 'hold-2', arrival: '2026-07-11', departure: '2026-07-18' });
    const file = fold(dossierDecider, [...OPENED, assessed(WITH_WORKER), event('StayChanged', { ...addressed, stay: moved, previous: stay(616) })]);
    expect(file?.touristTaxes).toEqual([{ ...WITH_WORKER, detail: null, authority: null }]);
  });

  it('writes nothing for a change that changes nothing, even with its assessment', () =>
    given(OPENED).when(command('ChangeStays', { ...addressed, stays: [stay(1_232)], dueDates: SAME_DUE_DATES, touristTaxes: [ASSESSED] })).thenNothing());

  it('reads its event back as written', () => {
    const e = assessed(WITH_WORKER);
    expect(dossierEvents.versionOf('StayTouristTaxAssessed')).toBe(1);
    expect(dossierEvents.decode(storedAs(e))).toEqual(e);
  });
});
