import { givenDecider } from '../../../../test/support/decider-spec';
import { INTRUDER, OWNER } from '../../../../test/support/tarification-fixtures';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import { parseTariffTable, type TouristTaxTariff, type TouristTaxTariffInput } from './tourist-tax-tariff';
import {
  authorityKey,
  MAX_TARIFFS_PER_PUBLISHER,
  TooManyTouristTaxTariffs,
  TouristTaxTariffNotFound,
  touristTaxTariffsDecider,
  touristTaxTariffsStream,
  type TariffPublisher,
  type TouristTaxTariffsCommand,
  type TouristTaxTariffsEvent,
} from './tourist-tax-tariffs.decider';

const given = givenDecider(touristTaxTariffsDecider);

const BY_OWNER: TariffPublisher = { kind: 'OWNER', id: OWNER };
const BY_DESTINATION: TariffPublisher = { kind: 'DESTINATION', id: 'destination-1' };

/** Avignon's table for a year, every amount inside that year's legal bounds. */
const table = (overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariff =>
  parseTariffTable('input', {
    authority: { kind: 'COMMUNE', inseeCode: '84050' },
    year: 2025,
    perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 },
    unclassifiedRate: 5,
    additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
    ...overrides,
  });
const withTwoStars = (cents: number, overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariff =>
  table({ perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: cents, ONE_STAR: 70, GUEST_ROOM: 70 }, ...overrides });

/** Grand Avignon taking the tax over for two of its communes. */
const EPCI = { kind: 'INTERCOMMUNALITY', siren: '200054781', communes: ['84007', '84050'] } as const;

const set = (tariff: TouristTaxTariff, publisher = BY_OWNER): TouristTaxTariffsCommand => command('SetTouristTaxTariff', { publisher, tariff });
const remove = (authority: string, year: number, publisher = BY_OWNER): TouristTaxTariffsCommand => command('RemoveTouristTaxTariff', { publisher, authority, year });

const tariffSet = (tariff: TouristTaxTariff, publisher = BY_OWNER): TouristTaxTariffsEvent => event('TouristTaxTariffSet', { publisher, tariff });
const tariffRemoved = (tariff: TouristTaxTariff, publisher = BY_OWNER): TouristTaxTariffsEvent =>
  event('TouristTaxTariffRemoved', { publisher, authority: tariff.authority, year: tariff.year });

/** `count` tables of distinct communes of the Vaucluse (84001, 84002, …), all for 2025. */
const communeTables = (count: number): TouristTaxTariffsEvent[] =>
  Array.from({ length: count }, (_, i) => tariffSet({ ...table(), authority: { kind: 'COMMUNE', inseeCode: `84${String(i + 1).padStart(3, '0')}` } }));

describe('Tourist tax tariff tables of a publisher', () => {
  describe('streams and keys', () => {
    it('keeps each publisher’s tables in a stream of its own, an owner and a destination of the same id apart', () => {
      expect(touristTaxTariffsStream(BY_OWNER)).toBe(`tourist-tax-tariffs-owner-${OWNER}`);
      expect(touristTaxTariffsStream({ kind: 'DESTINATION', id: OWNER })).toBe(`tourist-tax-tariffs-destination-${OWNER}`);
    });

    it('names a commune by its INSEE code and an intercommunality by its SIREN, as an accommodation names them', () => {
      expect(authorityKey(table().authority)).toBe('COMMUNE:84050');
      expect(authorityKey(table({ authority: EPCI }).authority)).toBe('INTERCOMMUNALITY:200054781');
    });
  });

  describe('entering a table', () => {
    it('records a commune’s table for a year', () => given([]).when(set(table())).then([tariffSet(table())]));

    it('replaces the table of the same commune and year whole', () => given([tariffSet(table())]).when(set(withTwoStars(90))).then([tariffSet(withTwoStars(90))]));

    it('records nothing when the same table is entered again', () => given([tariffSet(table())]).when(set(table())).thenNothing());

    it('records nothing for the same table read back with its keys in another order, as jsonb gives them', () => {
      const stored = table();
      const reordered: TouristTaxTariff = {
        localExemptions: { rentThreshold: null, notes: [] },
        collectionPeriod: { to: '2025-12-31', from: '2025-01-01' },
        additionalTaxes: [{ percent: 10, label: 'Taxe additionnelle départementale', kind: 'DEPARTMENTAL' }],
        unclassifiedRate: 5,
        perPersonNight: {
          GUEST_ROOM: euros(70),
          ONE_STAR: euros(70),
          TWO_STARS: euros(80),
          THREE_STARS: euros(110),
          FOUR_STARS: euros(165),
          FIVE_STARS: euros(230),
          PALACE: euros(300),
        },
        year: 2025,
        authority: { inseeCode: '84050', kind: 'COMMUNE' },
      };
      given([tariffSet(reordered)]).when(set(stored)).thenNothing();
    });

    it('records a table that differs only by its collection period', () => {
      const summer = table({ collectionPeriod: { from: '2025-04-01', to: '2025-09-30' } });
      given([tariffSet(table())]).when(set(summer)).then([tariffSet(summer)]);
    });

    it('keeps another year of the same commune as a table of its own', () => {
      const next = table({ year: 2026 });
      given([tariffSet(table())]).when(set(next)).then([tariffSet(next)]);
      expect([...fold(touristTaxTariffsDecider, [tariffSet(table()), tariffSet(next)]).keys()]).toEqual(['COMMUNE:84050/2025', 'COMMUNE:84050/2026']);
    });

    it('holds the latest of a table set twice', () =>
      expect(fold(touristTaxTariffsDecider, [tariffSet(table()), tariffSet(withTwoStars(95))]).get('COMMUNE:84050/2025')?.perPersonNight.TWO_STARS).toEqual(euros(95)));
  });

  describe('removing a table', () => {
    it('records the removal with the authority as the table named it', () => given([tariffSet(table())]).when(remove('COMMUNE:84050', 2025)).then([tariffRemoved(table())]));

    it('refuses a table never entered, naming the authority field', () =>
      given([]).when(remove('COMMUNE:84050', 2025)).thenThrows(TouristTaxTariffNotFound, {
        code: 'NOT_FOUND',
        field: 'authority',
        message: 'authority: Tourist tax tariff COMMUNE:84050 for 2025 was not found',
      }));

    it('refuses another year of a commune that has a table', () => given([tariffSet(table())]).when(remove('COMMUNE:84050', 2026)).thenThrows(TouristTaxTariffNotFound));

    it('refuses a table removed already', () => given([tariffSet(table()), tariffRemoved(table())]).when(remove('COMMUNE:84050', 2025)).thenThrows(TouristTaxTariffNotFound));

    it('lets a removed table be entered again', () => given([tariffSet(table()), tariffRemoved(table())]).when(set(table())).then([tariffSet(table())]));
  });

  describe(`at most ${MAX_TARIFFS_PER_PUBLISHER} tables`, () => {
    const full = communeTables(MAX_TARIFFS_PER_PUBLISHER);
    const oneMore = table({ authority: { kind: 'COMMUNE', inseeCode: '84999' } });

    it('refuses one table more', () => given(full).when(set(oneMore)).thenThrows(TooManyTouristTaxTariffs, { code: 'CONFLICT', reason: 'TOO_MANY_TOURIST_TAX_TARIFFS' }));

    it('takes the last table below the limit', () => given(full.slice(1)).when(set(oneMore)).then([tariffSet(oneMore)]));

    it('still replaces a table it holds', () => {
      const replaced = { ...withTwoStars(90), authority: { kind: 'COMMUNE', inseeCode: '84001' } } as const;
      given(full).when(set(replaced)).then([tariffSet(replaced)]);
    });

    it('takes a new table once one is removed', () => {
      const first = { ...table(), authority: { kind: 'COMMUNE', inseeCode: '84001' } } as const;
      given([...full, tariffRemoved(first)]).when(set(oneMore)).then([tariffSet(oneMore)]);
    });
  });

  describe('an intercommunality’s table', () => {
    const epci = table({ authority: EPCI });

    it('records it by its SIREN, with its member communes', () => given([]).when(set(epci)).then([tariffSet(epci)]));

    it('keeps it apart from the table of one of its member communes', () => given([tariffSet(epci)]).when(set(table())).then([tariffSet(table())]));

    it('replaces it when its member communes change', () => {
      const larger = table({ authority: { ...EPCI, communes: [...EPCI.communes, '84092'] } });
      given([tariffSet(epci)]).when(set(larger)).then([tariffSet(larger)]);
    });

    it('removes it by its key, recording the authority with its communes', () =>
      given([tariffSet(epci), tariffSet(table())]).when(remove('INTERCOMMUNALITY:200054781', 2025)).then([
        event('TouristTaxTariffRemoved', { publisher: BY_OWNER, authority: { kind: 'INTERCOMMUNALITY', siren: '200054781', communes: ['84007', '84050'] } as const, year: 2025 }),
      ]));

    it('does not take the SIREN for a commune', () => given([tariffSet(epci)]).when(remove('COMMUNE:200054781', 2025)).thenThrows(TouristTaxTariffNotFound));
  });

  describe('two publishers', () => {
    it('records the destination as the publisher of its table', () => given([]).when(set(table(), BY_DESTINATION)).then([tariffSet(table(), BY_DESTINATION)]));

    it('lets a destination enter the commune an owner entered, each in its own stream', () => {
      expect(touristTaxTariffsStream(BY_OWNER)).not.toBe(touristTaxTariffsStream(BY_DESTINATION));
      given([]).when(set(withTwoStars(100), BY_DESTINATION)).then([tariffSet(withTwoStars(100), BY_DESTINATION)]);
    });

    it('gives two owners two streams, so one owner’s limit or removals never touch the other’s', () => {
      const theirs: TariffPublisher = { kind: 'OWNER', id: INTRUDER };
      expect(touristTaxTariffsStream(theirs)).not.toBe(touristTaxTariffsStream(BY_OWNER));
      given([]).when(remove('COMMUNE:84050', 2025, theirs)).thenThrows(TouristTaxTariffNotFound);
    });
  });
});
