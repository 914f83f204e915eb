import {
  accommodation,
  ADULTS,
  CHILDREN,
  GITE,
  promoCode,
  promotion,
  quoteFacts,
  quoteRequest,
  rules,
  STUDIO,
  stayRate,
  supplement,
  thrown,
} from '../../../../test/support/tarification-fixtures';
import { euros } from '../../../shared/kernel/money';
import { quote, QuoteTooLarge, type Quote } from './quote';

/** The 7-night stay the default facts price: Saturday 4 July 2026, 450 €. */
const WEEK = ['2026-07-04', '2026-07-11'] as const;

const codes = (q: Quote) => q.refusals.map((refusal) => refusal.code);
const week = (overrides: Parameters<typeof quoteRequest>[2] = {}) => quoteRequest(...WEEK, overrides);

describe('Quote', () => {
  describe('worked figures', () => {
    it('quotes a 2-night stay at 90 € with a 15 € discount at 75 €, the discount on its own line', () => {
      const q = quote(quoteRequest('2026-07-04', '2026-07-06'), quoteFacts({ rate: stayRate('2026-07-04', 2, { initialPrice: 9_000, discount: { cents: 1_500 } }) }));
      expect(q).toMatchObject({ bookable: true, accommodationPrice: euros(9_000), discountedAccommodationPrice: euros(7_500), total: euros(7_500) });
      expect(q.discounts).toEqual([
        { source: 'RATE', sourceId: null, label: { fr: 'Remise −16 %', en: 'Discount −16 %' }, rule: 'Rate for 2 nights arriving 2026-07-04: 90.00 € less 15.00 €', amount: euros(1_500) },
      ]);
    });

    it('quotes 50 € less a 15 % promo code plus 5 € of cleaning at 47.50 €, with a deposit of 25 % of 42.50 € rounded half to even to 10.62 €', () => {
      const request = quoteRequest('2026-07-04', '2026-07-05', { promoCode: 'ete2026' });
      const facts = quoteFacts({
        rate: stayRate('2026-07-04', 1, { initialPrice: 5_000 }),
        accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }),
        promoCode: promoCode('code-1', { percent: 15 }),
      });
      expect(quote(request, facts)).toEqual({
        accommodationId: GITE,
        arrival: '2026-07-04',
        departure: '2026-07-05',
        nights: 1,
        persons: 2,
        today: '2026-06-01',
        timeZone: 'Europe/Paris',
        bookable: true,
        refusals: [],
        rate: facts.rate,
        accommodationPrice: euros(5_000),
        discounts: [
          {
            source: 'PROMO_CODE',
            sourceId: 'code-1',
            label: { fr: 'Code été (ETE2026)', en: 'Summer code (ETE2026)' },
            rule: 'Promo code ETE2026: 15 % off the accommodation price',
            amount: euros(750),
          },
        ],
        discountedAccommodationPrice: euros(4_250),
        supplements: [
          {
            supplementId: 'cleaning',
            label: { fr: 'Supplément cleaning', en: 'Supplement cleaning' },
            mandatory: true,
            unit: 'PER_STAY',
            quantity: 1,
            unitPrice: euros(500),
            amount: euros(500),
          },
        ],
        total: euros(4_750),
        deposit: { kind: 'ACOMPTE', percent: 25, amount: euros(1_062) },
        touristTax: { perPersonPerNight: euros(0), taxedPersons: 2, amount: euros(0), detail: null, authority: null },
        promoCode: { code: 'ETE2026', applied: true, message: null, french: null },
      });
    });

    it('refuses a Sunday arrival for a week that is let from Saturday to Saturday, saying which arrivals would do', () => {
      const q = quote(
        quoteRequest('2026-07-05', '2026-07-12'),
        quoteFacts({ rate: null, otherArrivals: ['2026-07-04', '2026-07-11'], accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }) }),
      );
      expect(q.bookable).toBe(false);
      expect(q.refusals).toEqual([
        {
          code: 'NO_RATE',
          message: 'No rate for 7 nights arriving on Sunday 5 July 2026: 7-night stays arrive on Saturdays, such as Saturday 4 July 2026 or Saturday 11 July 2026', french: 'Pas de tarif pour 7 nuits avec arrivée le dimanche 5 juillet 2026 : les séjours de 7 nuits arrivent le samedi, par exemple le samedi 4 juillet 2026 ou le samedi 11 juillet 2026',
        },
      ]);
      expect(q).toMatchObject({ rate: null, accommodationPrice: euros(0), discounts: [], supplements: [], total: euros(0), deposit: { amount: euros(0) } });
    });

    it('says only that no rate exists when no other arrival has one', () =>
      expect(quote(quoteRequest('2026-07-05', '2026-07-12'), quoteFacts({ rate: null })).refusals).toEqual([{ code: 'NO_RATE', message: 'No rate for 7 nights arriving on Sunday 5 July 2026', french: 'Pas de tarif pour 7 nuits avec arrivée le dimanche 5 juillet 2026' }]));

    it('suggests only arrivals the rules would accept: not passed, not closed to arrival', () =>
      expect(
        quote(
          quoteRequest('2026-06-01', '2026-06-08'),
          quoteFacts({ rate: null, otherArrivals: ['2026-05-30', '2026-06-04', '2026-06-06'], rules: rules({ closedToArrival: ['THURSDAY'] }) }),
        ).refusals,
      ).toEqual([{ code: 'NO_RATE', message: 'No rate for 7 nights arriving on Monday 1 June 2026: 7-night stays arrive on Saturdays, such as Saturday 6 June 2026', french: 'Pas de tarif pour 7 nuits avec arrivée le lundi 1 juin 2026 : les séjours de 7 nuits arrivent le samedi, par exemple le samedi 6 juin 2026' }]));

    it('asks a deposit of 62.50 € on 250 € of accommodation and 5 € of supplement, 255 € in all', () =>
      expect(
        quote(week(), quoteFacts({ rate: stayRate(WEEK[0], 7, { initialPrice: 25_000 }), accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }) })),
      ).toMatchObject({ total: euros(25_500), deposit: { amount: euros(6_250) } }));

    it('asks a deposit of 87.50 € on 350 € of accommodation and 5 € of supplement, 355 € in all', () =>
      expect(
        quote(week(), quoteFacts({ rate: stayRate(WEEK[0], 7, { initialPrice: 35_000 }), accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }) })),
      ).toMatchObject({ total: euros(35_500), deposit: { amount: euros(8_750) } }));
  });

  describe('whether the stay may be booked', () => {
    it('lets a priced stay that breaks no rule be booked', () => expect(quote(week(), quoteFacts())).toMatchObject({ bookable: true, refusals: [] }));

    it('refuses an accommodation that does not take bookings online', () =>
      expect(quote(week(), quoteFacts({ accommodation: accommodation({ bookableOnline: false }) })).refusals).toEqual([
        { code: 'NOT_BOOKABLE_ONLINE', message: 'This accommodation does not take bookings online', french: 'Ce logement ne se réserve pas en ligne' },
      ]));

    it('refuses an arrival that has passed where the accommodation is', () =>
      expect(quote(quoteRequest('2026-05-31', '2026-06-07'), quoteFacts()).refusals).toEqual([{ code: 'ARRIVAL_PASSED', message: 'The arrival, Sunday 31 May 2026, has passed', french: 'La date d\'arrivée, le dimanche 31 mai 2026, est passée' }]));

    it('lets a stay start today under a same-day lead time', () => expect(codes(quote(quoteRequest('2026-06-01', '2026-06-08'), quoteFacts()))).toEqual([]));

    describe('lead time, where the accommodation is', () => {
      // 22:30 UTC on 30 June is 00:30 on 1 July in Paris.
      const parisPastMidnight = new Date('2026-06-30T22:30:00Z');

      it('refuses tomorrow’s arrival in UTC terms once it is already that day in Paris, under a next-day lead time', () =>
        expect(quote(quoteRequest('2026-07-01', '2026-07-08'), quoteFacts({ now: parisPastMidnight, rules: rules({ leadTime: { kind: 'NEXT_DAY' } }) })).refusals).toEqual([
          {
            code: 'LEAD_TIME',
            message: 'Too late to book this arrival: stays must be booked by the day before arrival; the earliest arrival now is Thursday 2 July 2026', french: 'Trop tard pour réserver cette arrivée : les séjours se réservent au plus tard la veille de l\'arrivée ; la première arrivée possible est le jeudi 2 juillet 2026',
          },
        ]));

      it('lets the same arrival be booked at that instant for an accommodation on UTC', () =>
        expect(codes(quote(quoteRequest('2026-07-01', '2026-07-08'), quoteFacts({ now: parisPastMidnight, rules: rules({ leadTime: { kind: 'NEXT_DAY' }, timeZone: 'UTC' }) })))).toEqual([]));

      it('calls an arrival passed, not too late, once its day is over in Paris', () =>
        expect(codes(quote(quoteRequest('2026-06-30', '2026-07-07'), quoteFacts({ now: parisPastMidnight, rules: rules({ leadTime: { kind: 'NEXT_DAY' } }) })))).toEqual(['ARRIVAL_PASSED']));

      it('lets a stay start the same day booked at 17:59 in Paris, before an 18:00 limit', () =>
        expect(
          codes(quote(quoteRequest('2026-07-01', '2026-07-08'), quoteFacts({ now: new Date('2026-07-01T15:59:00Z'), rules: rules({ leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18 } }) }))),
        ).toEqual([]));

      it('refuses a stay starting the same day booked at 18:00 in Paris, the limit itself', () =>
        expect(
          quote(quoteRequest('2026-07-01', '2026-07-08'), quoteFacts({ now: new Date('2026-07-01T16:00:00Z'), rules: rules({ leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18 } }) })).refusals,
        ).toEqual([
          {
            code: 'LEAD_TIME',
            message: 'Too late to book this arrival: stays may start the day they are booked until 18:00; the earliest arrival now is Thursday 2 July 2026', french: 'Trop tard pour réserver cette arrivée : les séjours peuvent commencer le jour même de la réservation, avant 18 h ; la première arrivée possible est le jeudi 2 juillet 2026',
          },
        ]));

      it('reads the hour limit in Paris winter time too', () => {
        const sameDayUntil18 = rules({ leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18 } });
        expect(codes(quote(quoteRequest('2026-01-15', '2026-01-22'), quoteFacts({ now: new Date('2026-01-15T16:59:00Z'), rules: sameDayUntil18 })))).toEqual([]);
        expect(codes(quote(quoteRequest('2026-01-15', '2026-01-22'), quoteFacts({ now: new Date('2026-01-15T17:00:00Z'), rules: sameDayUntil18 })))).toEqual(['LEAD_TIME']);
      });

      it('lets a stay start the same day at 16:00 UTC for an accommodation on UTC with an 18:00 limit', () =>
        expect(
          codes(quote(quoteRequest('2026-07-01', '2026-07-08'), quoteFacts({ now: new Date('2026-07-01T16:00:00Z'), rules: rules({ leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18 }, timeZone: 'UTC' }) }))),
        ).toEqual([]));

      it('refuses an arrival sooner than the days ahead the owner asks, and lets the first one after be booked', () => {
        const threeDaysAhead = quoteFacts({ rules: rules({ leadTime: { kind: 'DAYS_AHEAD', days: 3 } }) });
        expect(codes(quote(quoteRequest('2026-06-03', '2026-06-10'), threeDaysAhead))).toEqual(['LEAD_TIME']);
        expect(codes(quote(quoteRequest('2026-06-04', '2026-06-11'), threeDaysAhead))).toEqual([]);
      });
    });

    it('refuses a stay shorter than the minimum stay, and lets one of exactly that length be booked', () => {
      const weekMinimum = quoteFacts({ rules: rules({ minimumStay: 7 }) });
      expect(quote(quoteRequest('2026-07-04', '2026-07-06'), weekMinimum).refusals).toEqual([{ code: 'UNDER_MINIMUM_STAY', message: 'Stays last at least 7 nights (asked: 2)', french: 'Les séjours durent au moins 7 nuits (demandé : 2)' }]);
      expect(codes(quote(week(), weekMinimum))).toEqual([]);
    });

    it('refuses an arrival on a weekday closed to arrivals', () =>
      expect(quote(week(), quoteFacts({ rules: rules({ closedToArrival: ['SATURDAY'] }) })).refusals).toEqual([{ code: 'CLOSED_TO_ARRIVAL', message: 'No arrivals on Saturdays', french: 'Pas d\'arrivée le samedi' }]));

    it('refuses a departure on a weekday closed to departures', () =>
      expect(quote(quoteRequest('2026-07-04', '2026-07-12'), quoteFacts({ rules: rules({ closedToDeparture: ['SUNDAY'] }) })).refusals).toEqual([
        { code: 'CLOSED_TO_DEPARTURE', message: 'No departures on Sundays', french: 'Pas de départ le dimanche' },
      ]));

    it('lets a stay leave on a weekday closed only to arrivals', () => expect(codes(quote(week(), quoteFacts({ rules: rules({ closedToArrival: ['SUNDAY'], closedToDeparture: ['SUNDAY'] }) })))).toEqual([]));

    it('refuses more persons than the accommodation sleeps, counting children', () =>
      expect(
        quote(
          week({
            occupants: [
              { ageRangeId: ADULTS, count: 3 },
              { ageRangeId: CHILDREN, count: 2 },
            ],
          }),
          quoteFacts({ accommodation: accommodation({ capacity: { min: 1, max: 4 } }) }),
        ).refusals,
      ).toEqual([{ code: 'OVER_CAPACITY', message: 'The accommodation sleeps at most 4 persons (asked: 5)', french: 'Le logement accueille au plus 4 personnes (demandé : 5)' }]));

    it('lets as many persons as the accommodation sleeps book it', () =>
      expect(codes(quote(week({ occupants: [{ ageRangeId: ADULTS, count: 4 }] }), quoteFacts({ accommodation: accommodation({ capacity: { min: 1, max: 4 } }) })))).toEqual([]));

    it('refuses fewer persons than the accommodation is let to', () =>
      expect(quote(week({ occupants: [{ ageRangeId: ADULTS, count: 1 }] }), quoteFacts({ accommodation: accommodation({ capacity: { min: 2, max: 6 } }) })).refusals).toEqual([
        { code: 'UNDER_CAPACITY', message: 'The accommodation is let to at least 2 persons (asked: 1)', french: 'Le logement se loue à partir de 2 personnes (demandé : 1)' },
      ]));

    describe('age ranges left out of the capacity', () => {
      const BABIES = 'age-babies';
      const giteForTwo = (babiesCount: boolean) =>
        accommodation({
          capacity: { min: 1, max: 2 },
          ageRanges: [
            { ageRangeId: ADULTS, maxAge: 120, countsTowardsCapacity: true },
            { ageRangeId: BABIES, maxAge: 2, countsTowardsCapacity: babiesCount },
          ],
        });
      const twoAdultsAndABaby = week({
        occupants: [
          { ageRangeId: ADULTS, count: 2 },
          { ageRangeId: BABIES, count: 1 },
        ],
      });

      it('lets 2 adults and a baby book a gîte sleeping 2 when babies do not count towards capacity', () =>
        expect(quote(twoAdultsAndABaby, quoteFacts({ accommodation: giteForTwo(false) }))).toMatchObject({ bookable: true, refusals: [], persons: 3 }));

      it('refuses 2 adults and a baby in a gîte sleeping 2 when babies count', () =>
        expect(quote(twoAdultsAndABaby, quoteFacts({ accommodation: giteForTwo(true) })).refusals).toEqual([
          { code: 'OVER_CAPACITY', message: 'The accommodation sleeps at most 2 persons (asked: 3)', french: 'Le logement accueille au plus 2 personnes (demandé : 3)' },
        ]));

      it('says how many it left out when the counted persons are still too many', () =>
        expect(
          quote(
            week({
              occupants: [
                { ageRangeId: ADULTS, count: 3 },
                { ageRangeId: BABIES, count: 1 },
              ],
            }),
            quoteFacts({ accommodation: giteForTwo(false) }),
          ).refusals,
        ).toEqual([{ code: 'OVER_CAPACITY', message: 'The accommodation sleeps at most 2 persons (asked: 3, plus 1 not counted towards capacity)', french: 'Le logement accueille au plus 2 personnes (demandé : 3, plus 1 non compté dans la capacité)' }]));

      it('does not count them towards the minimum either', () =>
        expect(
          quote(
            week({
              occupants: [
                { ageRangeId: ADULTS, count: 1 },
                { ageRangeId: BABIES, count: 1 },
              ],
            }),
            quoteFacts({ accommodation: { ...giteForTwo(false), capacity: { min: 2, max: 4 } } }),
          ).refusals,
        ).toEqual([{ code: 'UNDER_CAPACITY', message: 'The accommodation is let to at least 2 persons (asked: 1, plus 1 not counted towards capacity)', french: 'Le logement se loue à partir de 2 personnes (demandé : 1, plus 1 non compté dans la capacité)' }]));

      it('still charges them per-person supplements', () =>
        expect(
          quote(twoAdultsAndABaby, quoteFacts({ accommodation: { ...giteForTwo(false), supplements: [supplement('linen', 1_000, 'PER_PERSON')] } })).supplements.map((s) => s.quantity),
        ).toEqual([3]));

      it('still taxes them when their ages are taxed', () => {
        // Any range may be left out of the capacity; the commune taxes its occupants all the same.
        const SENIORS = 'age-seniors';
        const q = quote(
          week({
            occupants: [
              { ageRangeId: ADULTS, count: 2 },
              { ageRangeId: SENIORS, count: 1 },
            ],
          }),
          quoteFacts({
            accommodation: accommodation({
              capacity: { min: 1, max: 2 },
              ageRanges: [
                { ageRangeId: ADULTS, maxAge: 64, countsTowardsCapacity: true },
                { ageRangeId: SENIORS, maxAge: 120, countsTowardsCapacity: false },
              ],
            }),
            touristTax: { kind: 'FLAT', perPersonPerNight: euros(100) },
          }),
        );
        expect(q).toMatchObject({ bookable: true, touristTax: { taxedPersons: 3, amount: euros(3 * 100 * 7) } });
      });
    });

    it('gives every reason at once, so the guest can fix them all', () =>
      expect(
        codes(
          quote(
            week({ occupants: [{ ageRangeId: ADULTS, count: 9 }] }),
            quoteFacts({
              rate: null,
              accommodation: accommodation({ bookableOnline: false }),
              rules: rules({ minimumStay: 14, closedToArrival: ['SATURDAY'], closedToDeparture: ['SATURDAY'] }),
            }),
          ),
        ),
      ).toEqual(['NOT_BOOKABLE_ONLINE', 'NO_RATE', 'UNDER_MINIMUM_STAY', 'CLOSED_TO_ARRIVAL', 'CLOSED_TO_DEPARTURE', 'OVER_CAPACITY']));

    it('still prices a priced stay it refuses, so the guest sees what it would cost', () =>
      expect(quote(week(), quoteFacts({ rules: rules({ minimumStay: 14 }) }))).toMatchObject({ bookable: false, accommodationPrice: euros(45_000), total: euros(45_000) }));
  });

  describe('nights already taken', () => {
    const taken = (arrival: string, departure: string) => ({ arrival, departure });
    const weekWith = (takenNights: { arrival: string; departure: string }[]) => quote(quoteRequest(...WEEK), quoteFacts({ takenNights }));

    it('refuses a stay over nights held on the planning, naming them first to last', () =>
      expect(weekWith([taken('2026-07-08', '2026-07-10')]).refusals).toEqual([
        { code: 'UNAVAILABLE', message: 'The nights of Wednesday 8 July 2026 to Thursday 9 July 2026 are taken', french: 'Les nuits du mercredi 8 juillet 2026 au jeudi 9 juillet 2026 sont déjà prises' },
      ]));

    it('names a single night as one', () =>
      expect(weekWith([taken('2026-07-06', '2026-07-07')]).refusals).toEqual([{ code: 'UNAVAILABLE', message: 'The night of Monday 6 July 2026 is taken', french: 'La nuit du lundi 6 juillet 2026 est déjà prise' }]));

    it('names only the taken nights within the stay, not those of a hold reaching past it', () =>
      expect(weekWith([taken('2026-06-27', '2026-07-06'), taken('2026-07-10', '2026-07-20')]).refusals).toEqual([
        {
          code: 'UNAVAILABLE',
          message: 'The nights of Saturday 4 July 2026 to Sunday 5 July 2026 and the night of Friday 10 July 2026 are taken', french: 'Les nuits du samedi 4 juillet 2026 au dimanche 5 juillet 2026 et la nuit du vendredi 10 juillet 2026 sont déjà prises',
        },
      ]));

    it('merges holds that follow one another into one span', () =>
      expect(weekWith([taken('2026-07-07', '2026-07-08'), taken('2026-07-05', '2026-07-07')]).refusals[0].message).toBe(
        'The nights of Sunday 5 July 2026 to Tuesday 7 July 2026 are taken',
      ));

    it('lets a stay leave the day a hold arrives and arrive the day one leaves', () =>
      expect(weekWith([taken('2026-06-27', '2026-07-04'), taken('2026-07-11', '2026-07-18')])).toMatchObject({ bookable: true, refusals: [] }));

    it('still prices a stay it refuses for taken nights', () =>
      expect(weekWith([taken('2026-07-04', '2026-07-11')])).toMatchObject({ bookable: false, total: euros(45_000) }));

    it('names three spans in a list', () =>
      expect(weekWith([taken('2026-07-04', '2026-07-05'), taken('2026-07-06', '2026-07-07'), taken('2026-07-08', '2026-07-09')]).refusals[0].message).toBe(
        'The night of Saturday 4 July 2026, the night of Monday 6 July 2026 and the night of Wednesday 8 July 2026 are taken',
      ));
  });

  describe('supplements', () => {
    const family = week({
      occupants: [
        { ageRangeId: ADULTS, count: 2 },
        { ageRangeId: CHILDREN, count: 1 },
      ],
    });

    it('charges each supplement by its unit: once, per person, per night, per person per night', () => {
      const q = quote(
        family,
        quoteFacts({
          accommodation: accommodation({
            supplements: [supplement('cleaning', 5_000, 'PER_STAY'), supplement('linen', 1_000, 'PER_PERSON'), supplement('heating', 500, 'PER_NIGHT'), supplement('breakfast', 800, 'PER_PERSON_NIGHT')],
          }),
        }),
      );
      expect(q.supplements.map((s) => [s.supplementId, s.quantity, s.unitPrice.cents, s.amount.cents])).toEqual([
        ['cleaning', 1, 5_000, 5_000],
        ['linen', 3, 1_000, 3_000],
        ['heating', 7, 500, 3_500],
        ['breakfast', 21, 800, 16_800],
      ]);
      expect(q.total).toEqual(euros(45_000 + 28_300));
    });

    it('leaves out an optional supplement the guest did not choose', () =>
      expect(quote(family, quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 5_000, 'PER_STAY'), supplement('pet', 500, 'PER_NIGHT', false)] }) })).supplements.map((s) => s.supplementId)).toEqual([
        'cleaning',
      ]));

    it('charges an optional supplement the guest chose, marked as optional', () => {
      const q = quote(
        week({ optionalSupplementIds: ['pet'] }),
        quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 5_000, 'PER_STAY'), supplement('pet', 500, 'PER_NIGHT', false)] }) }),
      );
      expect(q.supplements.map((s) => [s.supplementId, s.mandatory, s.amount.cents])).toEqual([
        ['cleaning', true, 5_000],
        ['pet', false, 3_500],
      ]);
      expect(q.total.cents).toBe(45_000 + 5_000 + 3_500);
    });

    it('charges a mandatory supplement once even when the guest also chose it', () =>
      expect(quote(week({ optionalSupplementIds: ['cleaning'] }), quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 5_000, 'PER_STAY')] }) })).total.cents).toBe(
        50_000,
      ));

    it('leaves supplements out of the deposit', () =>
      expect(quote(week(), quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 5_000, 'PER_STAY')] }) })).deposit.amount).toEqual(euros(11_250)));
  });

  describe('promotions and promo codes', () => {
    // Booked on 1 June for 4 July: the stay starts in 33 days.
    const lastMinute10 = promotion('last-minute', { kind: 'LAST_MINUTE', percent: 10, days: 60 });
    const early20 = promotion('early', { kind: 'EARLY_BOOKING', percent: 20, days: 30 });

    it('takes a last-minute promotion off a stay starting soon enough, saying the rule that made it', () =>
      expect(quote(week(), quoteFacts({ promotions: [lastMinute10] })).discounts).toEqual([
        {
          source: 'LAST_MINUTE',
          sourceId: 'last-minute',
          label: { fr: 'Promotion dernière minute −10 %', en: 'Last-minute offer −10 %' },
          rule: 'Last-minute promotion: 10 % off stays starting in less than 60 days (this one starts in 33)',
          amount: euros(4_500),
        },
      ]));

    it('takes an early-booking promotion off a stay starting late enough', () =>
      expect(quote(week(), quoteFacts({ promotions: [early20] })).discounts).toEqual([
        {
          source: 'EARLY_BOOKING',
          sourceId: 'early',
          label: { fr: 'Réservation anticipée −20 %', en: 'Early booking offer −20 %' },
          rule: 'Early booking promotion: 20 % off stays starting in more than 30 days (this one starts in 33)',
          amount: euros(9_000),
        },
      ]));

    it('writes a percentage with decimals the French way in the French label', () =>
      expect(quote(week(), quoteFacts({ promotions: [promotion('p', { percent: 12.5 })] })).discounts[0].label).toEqual({ fr: 'Promotion dernière minute −12,5 %', en: 'Last-minute offer −12.5 %' }));

    it('applies only the best of several promotions, never two', () =>
      expect(quote(week(), quoteFacts({ promotions: [lastMinute10, early20] })).discounts.map((d) => [d.sourceId, d.amount.cents])).toEqual([['early', 9_000]]));

    it('grants no promotion to a stay outside its days', () => expect(quote(week(), quoteFacts({ promotions: [promotion('p', { days: 10 })] })).discounts).toEqual([]));

    it('takes a promotion off the price left after the rate’s own discount', () =>
      expect(quote(week(), quoteFacts({ rate: stayRate(WEEK[0], 7, { initialPrice: 45_000, discount: { cents: 5_000 } }), promotions: [lastMinute10] })).discounts.map((d) => [d.source, d.amount.cents])).toEqual([
        ['RATE', 5_000],
        ['LAST_MINUTE', 4_000],
      ]));

    it('gives the guest the code when it takes off more than the promotion, and does not stack them', () => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { percent: 15 }) }));
      expect(q.discounts.map((d) => [d.source, d.amount.cents])).toEqual([['PROMO_CODE', 6_750]]);
      expect(q.promoCode).toEqual({ code: 'ETE2026', applied: true, message: null, french: null });
    });

    it('gives the guest the promotion when it takes off more than the code, and says why the code was not applied', () => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { percent: 5 }) }));
      expect(q.discounts.map((d) => [d.source, d.amount.cents])).toEqual([['LAST_MINUTE', 4_500]]);
      expect(q.promoCode).toEqual({
        code: 'ETE2026',
        applied: false,
        message: 'Last-minute offer −10 % takes off as much or more, and this code does not combine with promotions',
        french: 'Promotion dernière minute −10 % fait une remise égale ou plus forte, et ce code ne se cumule pas avec les promotions',
      });
    });

    it('keeps the promotion on a tie, leaving a single-use code unspent', () => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { percent: 10, usage: 'SINGLE' }) }));
      expect(q.discounts.map((d) => [d.source, d.amount.cents])).toEqual([['LAST_MINUTE', 4_500]]);
      expect(q.promoCode).toMatchObject({ applied: false, message: expect.stringContaining('takes off as much or more') });
    });

    it('stacks a code on the promotion when the owner allows it, taking the code off what the promotion leaves', () => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { percent: 15, combinesWithPromotions: true }) }));
      expect(q.discounts.map((d) => [d.source, d.amount.cents, d.rule])).toEqual([
        ['LAST_MINUTE', 4_500, 'Last-minute promotion: 10 % off stays starting in less than 60 days (this one starts in 33)'],
        ['PROMO_CODE', 6_075, 'Promo code ETE2026: 15 % off the accommodation price, after the promotion it combines with'],
      ]);
      expect(q).toMatchObject({ discountedAccommodationPrice: euros(34_425), promoCode: { applied: true, message: null } });
    });

    it('reads a code typed in lower case with spaces around as the code in capitals', () =>
      expect(quote(week({ promoCode: ' ete2026 ' }), quoteFacts({ promoCode: promoCode('code-1') })).promoCode).toEqual({ code: 'ETE2026', applied: true, message: null, french: null }));

    it('says nothing of codes when none was typed', () => expect(quote(week(), quoteFacts({ promoCode: promoCode('code-1') }))).toMatchObject({ promoCode: null, discounts: [] }));

    it.each<[string, Parameters<typeof quoteFacts>[0], string, string]>([
      ['a code the owner does not have', { promoCode: null }, 'This promo code does not exist', 'Ce code promo n’existe pas'],
      ['another of the owner’s codes than the one typed', { promoCode: promoCode('code-1', { code: 'HIVER2026' }) }, 'This promo code does not exist', 'Ce code promo n’existe pas'],
      ['a code for another accommodation', { promoCode: promoCode('code-1', { accommodationIds: [STUDIO] }) }, 'This promo code is not valid for this accommodation', 'Ce code promo n’est pas valable pour ce logement'],
      ['a code whose validity has ended', { promoCode: promoCode('code-1', { validTo: '2026-05-31' }) }, 'This promo code cannot be used today', 'Ce code promo ne peut pas être utilisé aujourd’hui'],
      ['a code whose validity has not begun', { promoCode: promoCode('code-1', { validFrom: '2026-06-02' }) }, 'This promo code cannot be used today', 'Ce code promo ne peut pas être utilisé aujourd’hui'],
      ['a code for other stays', { promoCode: promoCode('code-1', { allowedStays: [{ arrival: '2026-07-11', nights: 7 }] }) }, 'This promo code is not valid for these dates', 'Ce code promo n’est pas valable pour ces dates'],
      ['a code for the same arrival but another length', { promoCode: promoCode('code-1', { allowedStays: [{ arrival: '2026-07-04', nights: 14 }] }) }, 'This promo code is not valid for these dates', 'Ce code promo n’est pas valable pour ces dates'],
      ['a single-use code already used', { promoCode: promoCode('code-1', { usage: 'SINGLE' }, 'dossier-9') }, 'This promo code has already been used', 'Ce code promo a déjà été utilisé'],
      ['any code on a stay with no price', { rate: null, promoCode: promoCode('code-1') }, 'The stay has no price, so no code applies', 'Le séjour n’a pas de prix : aucun code ne s’applique'],
    ])('does not apply %s, and says why in English and in French', (_, facts, message, french) => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts(facts));
      expect(q.discounts).toEqual([]);
      expect(q.promoCode).toEqual({ code: 'ETE2026', applied: false, message, french });
    });

    it.each<[string, Parameters<typeof quoteFacts>[0]]>([
      ['a code the owner does not have', { promoCode: null }],
      ['a code for another accommodation', { promoCode: promoCode('code-1', { accommodationIds: [STUDIO] }) }],
      ['a code whose validity has ended', { promoCode: promoCode('code-1', { validTo: '2026-05-31' }) }],
      ['a single-use code already used', { promoCode: promoCode('code-1', { usage: 'SINGLE' }, 'dossier-9') }],
    ])('tells a guest only that %s does not apply, so codes cannot be probed', (_, facts) => {
      const q = quote(week({ promoCode: 'ETE2026' }), quoteFacts({ ...facts, explainCodes: false }));
      expect(q.promoCode).toEqual({ code: 'ETE2026', applied: false, message: 'This promo code does not apply to this stay', french: 'Ce code promo ne s’applique pas à ce séjour' });
    });

    it('applies a code on the first and last day of its validity', () => {
      expect(quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promoCode: promoCode('code-1', { validFrom: '2026-06-01', validTo: '2026-06-01' }) })).promoCode?.applied).toBe(true);
    });

    it('applies a code to a stay it allows', () =>
      expect(quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promoCode: promoCode('code-1', { allowedStays: [{ arrival: '2026-07-04', nights: 7 }] }) })).promoCode?.applied).toBe(true));

    it('keeps the promotion when the typed code does not apply', () =>
      expect(
        quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { accommodationIds: [STUDIO] }) })).discounts.map((d) => d.source),
      ).toEqual(['LAST_MINUTE']));

    it('takes a fixed amount off, saying it in euros', () =>
      expect(quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promoCode: promoCode('code-1', { percent: null, cents: 2_000 }) })).discounts).toEqual([
        expect.objectContaining({ source: 'PROMO_CODE', rule: 'Promo code ETE2026: 20.00 € off the accommodation price', amount: euros(2_000) }),
      ]));

    it('takes no more than the accommodation price off with a fixed amount, leaving the supplements to pay', () => {
      const q = quote(
        week({ promoCode: 'ETE2026' }),
        quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }), promoCode: promoCode('code-1', { percent: null, cents: 100_000 }) }),
      );
      expect(q).toMatchObject({ discountedAccommodationPrice: euros(0), total: euros(500), deposit: { amount: euros(0) } });
      expect(q.discounts.map((d) => d.amount.cents)).toEqual([45_000]);
    });

    it('takes no more than what the promotion leaves off with a fixed amount that combines with it', () =>
      expect(
        quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promotions: [lastMinute10], promoCode: promoCode('code-1', { percent: null, cents: 100_000, combinesWithPromotions: true }) })).discounts.map(
          (d) => d.amount.cents,
        ),
      ).toEqual([4_500, 40_500]));

    it('never takes a 100 % code off the supplements', () =>
      expect(
        quote(week({ promoCode: 'ETE2026' }), quoteFacts({ accommodation: accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] }), promoCode: promoCode('code-1', { percent: 100 }) })).total,
      ).toEqual(euros(500)));
  });

  describe('occupancy', () => {
    const withExtras = (discount?: { cents: number }) =>
      stayRate(WEEK[0], 7, { initialPrice: 45_000, discount, occupancy: { includedOccupants: 2, extraPerNight: 1_000, byAgeRange: [{ ageRangeId: CHILDREN, perNight: 500 }] } });
    const fourAdultsOneChild = week({
      occupants: [
        { ageRangeId: ADULTS, count: 3 },
        { ageRangeId: CHILDREN, count: 1 },
      ],
    });

    it('charges nothing more for the occupants the price includes', () => expect(quote(week(), quoteFacts({ rate: withExtras() })).accommodationPrice).toEqual(euros(45_000)));

    it('gives the included places to the dearest extras, charging the cheapest ones over every night', () =>
      expect(quote(fourAdultsOneChild, quoteFacts({ rate: withExtras() })).accommodationPrice).toEqual(euros(45_000 + (1_000 + 500) * 7)));

    it('charges the price per extra person for an age range the rate does not list', () =>
      expect(quote(week({ occupants: [{ ageRangeId: ADULTS, count: 4 }] }), quoteFacts({ rate: withExtras() })).accommodationPrice).toEqual(euros(45_000 + 2 * 1_000 * 7)));

    it('keeps the rate’s own discount off its price only, not off the extras', () => {
      const q = quote(fourAdultsOneChild, quoteFacts({ rate: withExtras({ cents: 5_000 }) }));
      expect(q.discounts.map((d) => [d.source, d.amount.cents])).toEqual([['RATE', 5_000]]);
      expect(q.discountedAccommodationPrice).toEqual(euros(55_500 - 5_000));
    });

    it('takes a percent code off the extras too, which are part of the accommodation price', () =>
      expect(quote({ ...fourAdultsOneChild, promoCode: 'ETE2026' }, quoteFacts({ rate: withExtras(), promoCode: promoCode('code-1', { percent: 10 }) })).discounts[0].amount).toEqual(euros(5_550)));
  });

  describe('tourist tax', () => {
    const family = week({
      occupants: [
        { ageRangeId: ADULTS, count: 2 },
        { ageRangeId: CHILDREN, count: 1 },
      ],
    });
    const tax = { kind: 'FLAT', perPersonPerNight: euros(150) } as const;

    it('charges it per taxed person per night, exempting minors', () =>
      expect(quote(family, quoteFacts({ touristTax: tax })).touristTax).toEqual({ perPersonPerNight: euros(150), taxedPersons: 2, amount: euros(2 * 150 * 7), detail: null, authority: null }));

    it('taxes an age range that reaches 18', () =>
      expect(
        quote(
          week({
            occupants: [
              { ageRangeId: ADULTS, count: 1 },
              { ageRangeId: 'age-teens', count: 2 },
            ],
          }),
          quoteFacts({ touristTax: tax, accommodation: accommodation({
              ageRanges: [
                { ageRangeId: ADULTS, maxAge: 120, countsTowardsCapacity: true },
                { ageRangeId: 'age-teens', maxAge: 18, countsTowardsCapacity: true },
              ],
            }) }),
        ).touristTax.taxedPersons,
      ).toBe(3));

    it('keeps it out of the total, since it is paid on site to the commune', () => expect(quote(family, quoteFacts({ touristTax: tax })).total).toEqual(euros(45_000)));

    it('is nothing when the accommodation collects none', () =>
      expect(quote(family, quoteFacts({ touristTax: null })).touristTax).toEqual({ perPersonPerNight: euros(0), taxedPersons: 2, amount: euros(0), detail: null, authority: null }));
  });

  describe("an owner's own price", () => {
    const cleaning = accommodation({ supplements: [supplement('cleaning', 500, 'PER_STAY')] });

    it('prices a stay no rate covers at the owner’s price, supplements on top, with the deposit on the owner’s price', () =>
      expect(quote(week({ ownerPrice: 35_000 }), quoteFacts({ rate: null, accommodation: cleaning }))).toMatchObject({
        bookable: true,
        refusals: [],
        accommodationPrice: euros(35_000),
        discounts: [],
        total: euros(35_500),
        deposit: { amount: euros(8_750) },
      }));

    it('replaces the rate and its discount, and lets no promotion or code come off it', () => {
      const q = quote(
        week({ ownerPrice: 4_250, promoCode: 'ETE2026' }),
        quoteFacts({ rate: stayRate(WEEK[0], 7, { initialPrice: 45_000, discount: { cents: 5_000 } }), accommodation: cleaning, promoCode: promoCode('code-1', { percent: 15 }) }),
      );
      expect(q).toMatchObject({ accommodationPrice: euros(4_250), discounts: [], discountedAccommodationPrice: euros(4_250), total: euros(4_750), deposit: { amount: euros(1_062) } });
      expect(q.promoCode).toEqual({ code: 'ETE2026', applied: false, message: 'The owner set the price, so no code applies', french: 'Le propriétaire a fixé le prix : aucun code ne s’applique' });
    });
  });

  describe('deposit', () => {
    it('asks an acompte of 25 % of the accommodation price after discounts by default', () =>
      expect(quote(week({ promoCode: 'ETE2026' }), quoteFacts({ promoCode: promoCode('code-1', { percent: 10 }) })).deposit).toEqual({ kind: 'ACOMPTE', percent: 25, amount: euros(10_125) }));

    it('follows the deposit terms it is given', () =>
      expect(quote(week(), quoteFacts({ depositTerms: { kind: 'ARRHES', percent: 30 } })).deposit).toEqual({ kind: 'ARRHES', percent: 30, amount: euros(13_500) }));

    it('asks the whole accommodation price when the terms say 100 %', () => expect(quote(week(), quoteFacts({ depositTerms: { kind: 'ACOMPTE', percent: 100 } })).deposit.amount).toEqual(euros(45_000)));
  });

  describe('input', () => {
    it.each<[string, Partial<Parameters<typeof quoteRequest>[2]>, string, string]>([
      ['an age range the owner does not have', { occupants: [{ ageRangeId: 'age-seniors', count: 2 }] }, 'input.occupants[0].ageRangeId', "age-seniors is not one of the owner's age ranges"],
      [
        'an age range counted twice',
        {
          occupants: [
            { ageRangeId: ADULTS, count: 1 },
            { ageRangeId: ADULTS, count: 1 },
          ],
        },
        'input.occupants[1].ageRangeId',
        'repeats occupants[0]',
      ],
      ['nobody at all', { occupants: [{ ageRangeId: ADULTS, count: 0 }] }, 'input.occupants', 'must count at least one person'],
      ['no occupants listed', { occupants: [] }, 'input.occupants', 'must count at least one person'],
      ['a negative count', { occupants: [{ ageRangeId: ADULTS, count: -1 }] }, 'input.occupants[0].count', 'must be a whole number from 0 to 100'],
      ['a fraction of a person', { occupants: [{ ageRangeId: ADULTS, count: 1.5 }] }, 'input.occupants[0].count', 'must be a whole number from 0 to 100'],
      ['over 100 persons in an age range', { occupants: [{ ageRangeId: ADULTS, count: 101 }] }, 'input.occupants[0].count', 'must be a whole number from 0 to 100'],
      ['a supplement the accommodation does not offer', { optionalSupplementIds: ['spa'] }, 'input.optionalSupplementIds[0]', 'supplement spa is not offered with this accommodation'],
    ])('refuses %s, naming the field', (_, overrides, field, problem) =>
      expect(thrown(() => quote(week(overrides), quoteFacts()))).toMatchObject({ code: 'BAD_USER_INPUT', field, message: `${field}: ${problem}` }));

    it('counts age ranges with nobody in them as no one', () =>
      expect(
        quote(
          week({
            occupants: [
              { ageRangeId: CHILDREN, count: 0 },
              { ageRangeId: ADULTS, count: 2 },
            ],
          }),
          quoteFacts(),
        ).persons,
      ).toBe(2));

    it('refuses a stay that would cost more than the largest amount it can carry', () =>
      expect(
        thrown(() =>
          quote(
            week({ occupants: [{ ageRangeId: ADULTS, count: 3 }] }),
            quoteFacts({ rate: stayRate(WEEK[0], 7, { initialPrice: 45_000, occupancy: { includedOccupants: 1, extraPerNight: 200_000_000 } }) }),
          ),
        ),
      ).toBeInstanceOf(QuoteTooLarge));
  });
});
