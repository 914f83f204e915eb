import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { ProjectionRegistry } from '../../src/event-store/projection/projection-registry';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const LINE = `status nights personsTaxed personsExempt { reason count } category ratePercent basePerPerson { cents } capApplied
  communalPerPersonNight { cents } additionalTaxes { kind percent perPersonNight { cents } amount { cents } } perPersonNight { cents } amount { cents } textFr textEn`;
const FILE = `id status total { cents } stays { accommodationId arrival departure occupants { ageRangeId count } accommodationPrice { cents } priceOverridden
  touristTax { cents } touristTaxLines { ${LINE} } touristTaxExemptions { reason count } }`;
const CREATE = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { ${FILE} } }`;
const GET = `query($id: ID!) { dossier(id: $id) { ${FILE} } }`;
const EXEMPT = `mutation($id: ID!, $exemptions: [TouristTaxExemptionInput!]!) { setStayTouristTaxExemptions(id: $id, exemptions: $exemptions) { ${FILE} } }`;
const CHANGE_STAY = `mutation($id: ID!, $arrival: Date!, $departure: Date!) { changeDossierStay(id: $id, arrival: $arrival, departure: $departure) { ${FILE} } }`;
const CHANGE_OCCUPANTS = `mutation($id: ID!, $occupants: [OccupantsInput!]!) { changeDossierOccupants(id: $id, occupants: $occupants) { ${FILE} } }`;
const SET_PRICE = `mutation($id: ID!, $cents: Int!) { setDossierStayPrice(id: $id, cents: $cents) { ${FILE} } }`;
const CANCEL = `mutation($id: ID!) { cancelDossier(id: $id) { ${FILE} } }`;
const HISTORY = 'query($id: ID!) { dossierHistory(id: $id) { type data } }';
const SET_TARIFF = 'mutation($input: TouristTaxTariffInput!) { setTouristTaxTariff(input: $input) { year } }';
const SET_SOURCE = 'mutation($id: ID!, $source: TouristTaxTariffSourceInput!) { setTouristTaxTariffSource(accommodationId: $id, source: $source) { touristTaxSource { authority } } }';
const SET_FLAT = 'mutation($id: ID!, $cents: Int) { setTouristTax(accommodationId: $id, perPersonPerNight: $cents) { touristTax { cents } } }';
const BOOK_STAY = 'mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId status } }';

const AVIGNON = { kind: 'COMMUNE', inseeCode: '84050' };
/** Le Grand-Bornand, whose collectors worked the 700 € example; entered without additional taxes. */
const GRAND_BORNAND = { kind: 'COMMUNE', inseeCode: '74136' };
const CATEGORIES = { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 };
/** 2026 tables: a 2-star meublé at 0.80 €, unclassified ones at 5 % of the cost per person of the night. */
const table = (authority: object, additionalTaxes: object[]) => ({
  authority,
  year: 2026,
  tariffs: Object.entries(CATEGORIES).map(([category, cents]) => ({ category, cents })),
  unclassifiedRate: 5,
  additionalTaxes,
});
/** Saturday 4 July 2026 to Saturday 11 July: 7 nights. */
const WEEK = { arrival: '2026-07-04', departure: '2026-07-11' };
const WEEK_NIGHTS = ['2026-07-04', '2026-07-05', '2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'];
const NBSP = '\u00a0';
const SEASONAL_WORKER = [{ reason: 'SEASONAL_WORKER', count: 1 }];

interface Line {
  status: string;
  nights: string[];
  personsTaxed: number;
  personsExempt: { reason: string; count: number }[];
  amount: { cents: number };
  textFr: string;
  textEn: string;
}
interface Stay {
  arrival: string;
  departure: string;
  accommodationPrice: { cents: number };
  touristTax: { cents: number };
  touristTaxLines: Line[];
  touristTaxExemptions: { reason: string; count: number }[];
}
interface Published {
  data: { booking: { bookingId: string; stays: { price: { cents: number }; touristTax: { cents: number } }[] } };
}
interface File {
  id: string;
  status: string;
  total: { cents: number };
  stays: Stay[];
}

/**
 * The taxe de séjour a booking file keeps for each stay, over GraphQL: assessed from the commune's
 * tables ("au réel") when the file is made or changed, with the adults the owner records as
 * exempt, apart from the file's total, and rebuilt the same from the file's events.
 */
describe('the taxe de séjour recorded on a booking file', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;
  let adult: string;
  let child: string;
  /** Every file this suite makes: the rebuild must give each back as it was. */
  const made: string[] = [];

  const ok = async (document: string, variables: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => answer.errors?.[0].extensions ?? { code: 'OK' };
  const family = (adults: number, children: number) => [
    { ageRangeId: adult, count: adults },
    { ageRangeId: child, count: children },
  ];

  /** A BOOKABLE holiday rental sleeping 6 with `stars`, let by the week from Saturdays of July 2026 at `cents`. */
  const gite = async (stars: number, cents: number): Promise<string> => {
    const input = { name: `Gîte ${stars} étoiles`, kind: 'HOLIDAY_RENTAL', starRating: stars, city: 'Avignon', postalCode: '84000', maxCapacity: 6, description: { fr: 'Un gîte.' } };
    const id = (await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', { input })).createAccommodation.id as string;
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId: id, periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: cents },
    });
    return id;
  };
  const twoStarGite = async () => {
    const id = await gite(2, 45_000);
    await ok(SET_SOURCE, { id, source: { authority: AVIGNON } });
    return id;
  };
  const open = async (accommodationId: string, occupants = family(2, 2), extra: Record<string, unknown> = {}): Promise<File> => {
    const input = { accommodationId, ...WEEK, occupants, guest: { lastName: 'Martin' }, ...extra };
    const file = (await ok(CREATE, { input })).createDossier as File;
    made.push(file.id);
    return file;
  };
  const read = async (id: string): Promise<File> => (await ok(GET, { id })).dossier as File;
  const exempt = (id: string, exemptions: object[], token = owner.token) => t.gql<{ setStayTouristTaxExemptions: File }>(EXEMPT, { id, exemptions }, token);
  const exempted = async (id: string, exemptions: object[]): Promise<File> => (await ok(EXEMPT, { id, exemptions })).setStayTouristTaxExemptions as File;
  const history = async (id: string) => (await ok(HISTORY, { id })).dossierHistory as { type: string; data: Record<string, unknown> }[];
  const assessments = async (id: string) => (await history(id)).filter((e) => e.type === 'StayTouristTaxAssessed');

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
    const { ageRanges } = await ok('{ ageRanges { id label } }');
    const range = (label: string) => String((ageRanges as { id: string; label: string }[]).find((r) => r.label === label)?.id);
    adult = range('Adult');
    child = range('Child');
    await ok(SET_TARIFF, { input: table(AVIGNON, [{ kind: 'DEPARTMENTAL', percent: 10 }]) });
    await ok(SET_TARIFF, { input: table(GRAND_BORNAND, []) });
  });
  afterAll(() => t.close());

  describe('a 2-star gîte taxed from its commune’s table', () => {
    let file: File;

    beforeAll(async () => {
      file = await open(await twoStarGite());
    });

    it('records 0.80 € + 10 % = 0.88 € × 2 adults × 7 nights = 12.32 €, the 2 children exempt, apart from the 450 € total', () => {
      const [stay] = file.stays;
      expect(file.total).toEqual({ cents: 45_000 });
      expect(stay.touristTax).toEqual({ cents: 1_232 });
      expect(stay.touristTaxExemptions).toEqual([]);
      expect(stay.touristTaxLines).toEqual([
        expect.objectContaining({
          status: 'TAXED',
          nights: WEEK_NIGHTS,
          personsTaxed: 2,
          personsExempt: [{ reason: 'MINOR', count: 2 }],
          category: 'TWO_STARS',
          ratePercent: null,
          communalPerPersonNight: { cents: 80 },
          // 0.08 € × 2 × 7 = 1.12 €
          additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10, perPersonNight: { cents: 8 }, amount: { cents: 112 } }],
          perPersonNight: { cents: 88 },
          amount: { cents: 1_232 },
        }),
      ]);
      expect(stay.touristTaxLines[0].textFr).toContain(`= 12,32${NBSP}€`);
      expect(stay.touristTaxLines[0].textEn).toContain('= €12.32; exempt: 2 minors');
    });

    it('reads the same from the file afterwards, the assessment an event of its history', async () => {
      expect(await read(file.id)).toEqual(file);
      expect(await assessments(file.id)).toEqual([expect.objectContaining({ data: expect.objectContaining({ exemptions: {}, amount: { cents: 1_232, currency: 'EUR' }, authority: 'COMMUNE:84050' }) })]);
    });

    it('taxes one adult once the other is recorded as a seasonal worker: 0.88 € × 1 × 7 = 6.16 €', async () => {
      const [stay] = (await exempted(file.id, SEASONAL_WORKER)).stays;
      expect(stay.touristTax).toEqual({ cents: 616 });
      expect(stay.touristTaxExemptions).toEqual(SEASONAL_WORKER);
      expect(stay.touristTaxLines).toEqual([
        expect.objectContaining({
          nights: WEEK_NIGHTS,
          personsTaxed: 1,
          personsExempt: [
            { reason: 'MINOR', count: 2 },
            { reason: 'SEASONAL_WORKER', count: 1 },
          ],
          // 0.08 € × 1 × 7 = 0.56 €
          additionalTaxes: [expect.objectContaining({ amount: { cents: 56 } })],
          amount: { cents: 616 },
        }),
      ]);
      expect(stay.touristTaxLines[0].textFr).toContain(`= 6,16${NBSP}€`);
      expect(stay.touristTaxLines[0].textFr).toContain('1 travailleur saisonnier');
      expect((await read(file.id)).stays[0].touristTax).toEqual({ cents: 616 });
    });

    it('publishes the new tax to integrators as a change of the stay', async () => {
      const published = await until('the stay’s new tax published', async () => {
        const feed = await ok('{ integrationEvents(first: 500, types: ["booking.stay_changed"]) { nodes { type data } } }');
        return (feed.integrationEvents.nodes as Published[]).find((e) => e.data.booking.bookingId === file.id);
      });
      expect(published.data.booking.stays[0].touristTax).toEqual({ cents: 616, currency: 'EUR' });
    });

    it('writes nothing when the same exemptions are recorded again', async () => {
      const before = await history(file.id);
      expect((await exempted(file.id, SEASONAL_WORKER)).stays[0].touristTax).toEqual({ cents: 616 });
      expect(await history(file.id)).toEqual(before);
    });

    it('goes back to 12.32 € when the list recorded is empty', async () => {
      const assessed = (await assessments(file.id)).length;
      const [stay] = (await exempted(file.id, [])).stays;
      expect(stay).toMatchObject({ touristTax: { cents: 1_232 }, touristTaxExemptions: [] });
      expect(stay.touristTaxLines[0]).toMatchObject({ personsTaxed: 2, personsExempt: [{ reason: 'MINOR', count: 2 }], amount: { cents: 1_232 } });
      expect(await assessments(file.id)).toHaveLength(assessed + 1);
    });

    it.each<[string, object[], Record<string, unknown>]>([
      ['3 seasonal workers of 2 adults', [{ reason: 'SEASONAL_WORKER', count: 3 }], { reason: 'EXEMPTIONS_EXCEED_ADULTS' }],
      ['a seasonal worker and 2 in emergency housing, 3 of 2 adults', [...SEASONAL_WORKER, { reason: 'EMERGENCY_HOUSING', count: 2 }], { reason: 'EXEMPTIONS_EXCEED_ADULTS' }],
      ['minors, exempt by their age range', [{ reason: 'MINOR', count: 1 }], { field: 'exemptions.0.reason' }],
      ['a negative count', [{ reason: 'SEASONAL_WORKER', count: -1 }], { field: 'exemptions.0.count' }],
      ['a reason listed twice', [...SEASONAL_WORKER, ...SEASONAL_WORKER], { field: 'exemptions.1.reason' }],
    ])('refuses %s, the file unchanged', async (_, exemptions, named) => {
      const before = await read(file.id);
      const events = await eventCount();
      expect(refusal(await exempt(file.id, exemptions))).toMatchObject({ code: 'BAD_USER_INPUT', ...named });
      expect(await eventCount()).toBe(events);
      expect(await read(file.id)).toEqual(before);
    });

    it('names the mutation’s own argument when the exemptions outnumber the adults', async () =>
      expect(refusal(await exempt(file.id, [{ reason: 'SEASONAL_WORKER', count: 3 }]))).toMatchObject({ reason: 'EXEMPTIONS_EXCEED_ADULTS', field: 'exemptions' }));

    it('answers another owner NOT_FOUND, the file unchanged', async () => {
      const intruder = await signUpOwner(t);
      expect(refusal(await exempt(file.id, SEASONAL_WORKER, intruder.token))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await read(file.id)).stays[0].touristTaxExemptions).toEqual([]);
    });

    it('refuses a cancelled file with CONFLICT', async () => {
      await ok(CANCEL, { id: file.id });
      expect(refusal(await exempt(file.id, SEASONAL_WORKER))).toMatchObject({ code: 'CONFLICT' });
      expect((await read(file.id)).stays[0]).toMatchObject({ touristTax: { cents: 1_232 }, touristTaxExemptions: [] });
    });
  });

  describe('a stay changed after its exemptions were recorded', () => {
    let file: File;

    beforeAll(async () => {
      // At the owner's own price, so that any dates may be priced without a rate.
      file = await open(await twoStarGite(), family(2, 2), { price: 45_000 });
      await exempted(file.id, SEASONAL_WORKER);
    });

    it('keeps the seasonal worker and taxes the new nights: 0.88 € × 1 × 5 nights = 4.40 €', async () => {
      const [stay] = (await ok(CHANGE_STAY, { id: file.id, arrival: '2026-07-18', departure: '2026-07-23' })).changeDossierStay.stays as Stay[];
      expect(stay).toMatchObject({ arrival: '2026-07-18', departure: '2026-07-23', touristTax: { cents: 440 }, touristTaxExemptions: SEASONAL_WORKER });
      expect(stay.touristTaxLines).toEqual([
        expect.objectContaining({
          nights: ['2026-07-18', '2026-07-19', '2026-07-20', '2026-07-21', '2026-07-22'],
          personsTaxed: 1,
          personsExempt: [
            { reason: 'MINOR', count: 2 },
            { reason: 'SEASONAL_WORKER', count: 1 },
          ],
          amount: { cents: 440 },
        }),
      ]);
      expect(stay.touristTaxLines[0].textFr).toMatch(/^5 nuits à partir du 18\/07\/2026 : /);
    });

    it('taxes the new occupants: 3 adults, one a seasonal worker, and a child: 0.88 € × 2 × 5 = 8.80 €', async () => {
      const [stay] = (await ok(CHANGE_OCCUPANTS, { id: file.id, occupants: family(3, 1) })).changeDossierOccupants.stays as Stay[];
      expect(stay).toMatchObject({ touristTax: { cents: 880 }, touristTaxExemptions: SEASONAL_WORKER });
      expect(stay.touristTaxLines).toEqual([
        expect.objectContaining({
          personsTaxed: 2,
          personsExempt: [
            { reason: 'MINOR', count: 1 },
            { reason: 'SEASONAL_WORKER', count: 1 },
          ],
          amount: { cents: 880 },
        }),
      ]);
    });

    it('refuses occupants with fewer adults than the exemptions recorded, the file unchanged', async () => {
      const before = await read(file.id);
      expect(refusal(await t.gql(CHANGE_OCCUPANTS, { id: file.id, occupants: [{ ageRangeId: child, count: 2 }] }, owner.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EXEMPTIONS_EXCEED_ADULTS',
      });
      expect(await read(file.id)).toEqual(before);
    });
  });

  describe('an unclassified gîte taxed at 5 % of the cost per person of the night', () => {
    let file: File;

    beforeAll(async () => {
      const id = await gite(0, 70_000);
      await ok(SET_SOURCE, { id, source: { authority: GRAND_BORNAND } });
      file = await open(id);
    });

    it('records 700 € / 7 nights / 4 occupants = 25 €, 5 % = 1.25 € × 2 adults × 7 nights = 17.50 €', () => {
      expect(file.stays[0]).toMatchObject({ accommodationPrice: { cents: 70_000 }, touristTax: { cents: 1_750 } });
      expect(file.stays[0].touristTaxLines).toEqual([
        expect.objectContaining({ category: null, ratePercent: 5, basePerPerson: { cents: 2_500 }, capApplied: false, perPersonNight: { cents: 125 }, personsTaxed: 2, amount: { cents: 1_750 } }),
      ]);
    });

    it('follows the price the owner sets: 560 € / 7 / 4 = 20 €, 5 % = 1.00 € × 2 × 7 = 14.00 €', async () => {
      const repriced = (await ok(SET_PRICE, { id: file.id, cents: 56_000 })).setDossierStayPrice as File;
      expect(repriced.total).toEqual({ cents: 56_000 });
      expect(repriced.stays[0]).toMatchObject({ accommodationPrice: { cents: 56_000 }, touristTax: { cents: 1_400 } });
      expect(repriced.stays[0].touristTaxLines).toEqual([expect.objectContaining({ basePerPerson: { cents: 2_000 }, perPersonNight: { cents: 100 }, amount: { cents: 1_400 } })]);
      expect((await history(file.id)).map((e) => e.type).slice(-2)).toEqual(['StayPriceSet', 'StayTouristTaxAssessed']);
    });

    it('publishes the owner’s price to integrators with the tax it brings, never 560 € with the 17.50 € of 700 €', async () => {
      const changes = async () => {
        const feed = await ok('{ integrationEvents(first: 500, types: ["booking.stay_changed"]) { nodes { data } } }');
        return (feed.integrationEvents.nodes as Published[]).filter((e) => e.data.booking.bookingId === file.id).map((e) => [e.data.booking.stays[0].price.cents, e.data.booking.stays[0].touristTax.cents]);
      };
      await until('the stay’s new tax published', async () => (await changes()).some(([, tax]) => tax === 1_400));
      expect(await changes()).toEqual([[56_000, 1_400]]);
    });
  });

  describe('a gîte taxed at a flat 0.88 € per person and night', () => {
    let accommodationId: string;

    beforeAll(async () => {
      accommodationId = await gite(2, 45_000);
      await ok(SET_FLAT, { id: accommodationId, cents: 88 });
    });

    it('records 0.88 € × 2 adults × 7 nights = 12.32 € without lines, and keeps it when the owner sets the price', async () => {
      const file = await open(accommodationId);
      expect(file.stays[0]).toMatchObject({ touristTax: { cents: 1_232 }, touristTaxLines: [], touristTaxExemptions: [] });
      const repriced = (await ok(SET_PRICE, { id: file.id, cents: 30_000 })).setDossierStayPrice as File;
      expect(repriced.stays[0]).toMatchObject({ accommodationPrice: { cents: 30_000 }, touristTax: { cents: 1_232 }, touristTaxLines: [] });
      expect(await assessments(file.id)).toEqual([]);
    });

    it('taxes one adult of two once the other is a seasonal worker: 0.88 € × 1 × 7 = 6.16 €, kept at a new price and for new occupants', async () => {
      const file = await open(accommodationId, family(2, 2), { arrival: '2026-07-11', departure: '2026-07-18' });
      const [stay] = (await exempted(file.id, SEASONAL_WORKER)).stays;
      expect(stay).toMatchObject({ touristTax: { cents: 616 }, touristTaxLines: [], touristTaxExemptions: SEASONAL_WORKER });
      const repriced = (await ok(SET_PRICE, { id: file.id, cents: 30_000 })).setDossierStayPrice as File;
      expect(repriced.stays[0]).toMatchObject({ touristTax: { cents: 616 }, touristTaxExemptions: SEASONAL_WORKER });
      // 3 adults, one a seasonal worker, and a child: 0.88 € × 2 × 7 = 12.32 €
      const moved = (await ok(CHANGE_OCCUPANTS, { id: file.id, occupants: family(3, 1) })).changeDossierOccupants as File;
      expect(moved.stays[0]).toMatchObject({ touristTax: { cents: 1_232 }, touristTaxLines: [], touristTaxExemptions: SEASONAL_WORKER });
    });
  });

  it('records the same detail on a file a guest books online', async () => {
    const accommodationId = await twoStarGite();
    await ok('mutation { setDocumentSettings(input: { terms: { fr: "Conditions générales de vente du gîte." } }) { printTerms } }');
    expect((await ok('mutation { setSalesTerms(input: { onlinePayment: false }) { preBooking } }')).setSalesTerms).toEqual({ preBooking: true });
    const input = {
      accommodationId,
      ...WEEK,
      occupants: family(2, 2),
      guest: { lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.org', phone1: '+33 6 12 34 56 78' },
      acceptTerms: true,
    };
    const { bookStay } = await ok(BOOK_STAY, { input }, '');
    made.push(bookStay.dossierId);
    // The guest's answer comes before the owner's read model shows the file.
    const [stay] = (await until('the booked file in the owner’s read model', () => read(bookStay.dossierId))).stays;
    expect(stay).toMatchObject({ touristTax: { cents: 1_232 }, touristTaxExemptions: [] });
    expect(stay.touristTaxLines).toEqual([
      expect.objectContaining({ status: 'TAXED', nights: WEEK_NIGHTS, personsTaxed: 2, personsExempt: [{ reason: 'MINOR', count: 2 }], perPersonNight: { cents: 88 }, amount: { cents: 1_232 } }),
    ]);
  });

  it('gives back every file with the same lines and exemptions once the dossiers read model is rebuilt from the events', async () => {
    const file = await open(await twoStarGite());
    await exempted(file.id, [...SEASONAL_WORKER, { reason: 'EMERGENCY_HOUSING', count: 1 }]);
    const snapshot = () => Promise.all(made.map(read));
    const before = await snapshot();
    // Both adults exempt: 0.88 € × 0 × 7 = 0 €, on a line that still says who.
    expect(before.find((f) => f.id === file.id)?.stays[0]).toMatchObject({ touristTax: { cents: 0 }, touristTaxLines: [{ personsTaxed: 0, amount: { cents: 0 } }] });
    expect(before.filter((f) => f.stays[0].touristTaxLines.length > 0 && f.stays[0].touristTaxExemptions.length > 0).length).toBeGreaterThanOrEqual(2);

    const projection = t.app.get(ProjectionRegistry).get('dossiers');
    if (!projection) throw new Error('no projection dossiers');
    await t.app.get(FollowerRunner).rebuild([projection]);
    // A runner that follows the store learns of the reset from its next batch: write one.
    await signUpOwner(t);
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    expect(await t.app.get(ReadModelWaiter).waitFor(head, ['dossiers'], 10_000)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});
