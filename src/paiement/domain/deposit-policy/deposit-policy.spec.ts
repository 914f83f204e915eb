import { refusal } from '../../../../test/support/thrown';
import { DEFAULT_DEPOSIT_POLICY, depositPolicy, depositTermsFor, dueDates, MAX_DEPOSIT_RULES, type DepositPolicy, type DepositPolicyInput } from './deposit-policy';

const INPUT: DepositPolicyInput = { kind: 'ARRHES', defaultPercent: 25, acceptedPaymentMethods: ['CHEQUE', 'TRANSFER'] };

const parse = (overrides: Partial<DepositPolicyInput> = {}): DepositPolicy => depositPolicy('input', { ...INPUT, ...overrides });
const refusedAt = (overrides: Partial<DepositPolicyInput>) => refusal(() => parse(overrides));

describe('Deposit policy as an owner sets it', () => {
  it('keeps what the owner chose, due ten days after the option and the balance on arrival when unsaid', () =>
    expect(parse()).toEqual({
      kind: 'ARRHES',
      defaultPercent: 25,
      rules: [],
      depositDueDays: 10,
      balanceDue: { kind: 'ON_ARRIVAL' },
      acceptedPaymentMethods: ['CHEQUE', 'TRANSFER'],
      chequePayableTo: null,
    }));

  it('refuses a kind of deposit the law does not know, naming it', () =>
    expect(refusedAt({ kind: 'CAUTION' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind', message: 'input.kind: must be one of ARRHES, ACOMPTE' }));

  describe('percentages', () => {
    it.each([[0], [100], [25.5], [16.55]])('accepts %p %', (defaultPercent) => expect(parse({ defaultPercent }).defaultPercent).toBe(defaultPercent));

    it.each([
      ['above 100', 100.01],
      ['negative', -5],
      ['with three decimals', 25.555],
      ['not a number', Number.NaN],
    ])('refuses a default percentage %s, naming it', (_, defaultPercent) => expect(refusedAt({ defaultPercent }).field).toBe('input.defaultPercent'));

    it('refuses a rule percentage above 100, naming that rule', () =>
      expect(refusedAt({ rules: [{ daysBeforeArrivalUnder: 30, percent: 50 }, { daysBeforeArrivalUnder: 7, percent: 120 }] }).field).toBe('input.rules.1.percent'));
  });

  describe('rules for stays close at hand', () => {
    it('sorts the rules closest first, whatever order they were typed in', () =>
      expect(parse({ rules: [{ daysBeforeArrivalUnder: 30, percent: 50 }, { daysBeforeArrivalUnder: 7, percent: 100 }, { daysBeforeArrivalUnder: 60, percent: 30 }] }).rules).toEqual([
        { daysBeforeArrivalUnder: 7, percent: 100 },
        { daysBeforeArrivalUnder: 30, percent: 50 },
        { daysBeforeArrivalUnder: 60, percent: 30 },
      ]));

    it('refuses two rules starting under the same number of days, naming the second', () =>
      expect(refusedAt({ rules: [{ daysBeforeArrivalUnder: 30, percent: 50 }, { daysBeforeArrivalUnder: 30, percent: 100 }] })).toMatchObject({
        field: 'input.rules.1.daysBeforeArrivalUnder',
        message: 'input.rules.1.daysBeforeArrivalUnder: another rule already starts under 30 days',
      }));

    it.each([
      ['0 days, which no stay is under', 0],
      ['more than a year', 366],
      ['part of a day', 1.5],
    ])('refuses a rule of %s', (_, daysBeforeArrivalUnder) => expect(refusedAt({ rules: [{ daysBeforeArrivalUnder, percent: 50 }] }).field).toBe('input.rules.0.daysBeforeArrivalUnder'));

    it.each([[1], [365]])('accepts a rule under %p days', (daysBeforeArrivalUnder) => expect(parse({ rules: [{ daysBeforeArrivalUnder, percent: 50 }] }).rules).toHaveLength(1));

    it(`refuses more than ${MAX_DEPOSIT_RULES} rules`, () =>
      expect(refusedAt({ rules: Array.from({ length: MAX_DEPOSIT_RULES + 1 }, (_, i) => ({ daysBeforeArrivalUnder: i + 1, percent: 50 })) }).field).toBe('input.rules'));
  });

  describe('deadlines', () => {
    it.each([[0], [365]])('accepts a deposit due %p days after the option', (depositDueDays) => expect(parse({ depositDueDays }).depositDueDays).toBe(depositDueDays));

    it.each([[-1], [366], [2.5]])('refuses a deposit due %p days after the option, naming it', (depositDueDays) => expect(refusedAt({ depositDueDays }).field).toBe('input.depositDueDays'));

    it('asks the balance a number of days before arrival when the owner says so', () =>
      expect(parse({ balanceDueDaysBeforeArrival: 30 }).balanceDue).toEqual({ kind: 'DAYS_BEFORE_ARRIVAL', days: 30 }));

    it('asks the balance on arrival when the owner gives no number of days', () => expect(parse({ balanceDueDaysBeforeArrival: null }).balanceDue).toEqual({ kind: 'ON_ARRIVAL' }));

    it.each([[-1], [366]])('refuses a balance due %p days before arrival, naming it', (balanceDueDaysBeforeArrival) =>
      expect(refusedAt({ balanceDueDaysBeforeArrival }).field).toBe('input.balanceDueDaysBeforeArrival'));
  });

  describe('ways to pay', () => {
    it('refuses a policy with no way to pay', () =>
      expect(refusedAt({ acceptedPaymentMethods: [] })).toMatchObject({ field: 'input.acceptedPaymentMethods', message: 'input.acceptedPaymentMethods: must name at least one way to pay' }));

    it('refuses an unknown way to pay, naming it', () =>
      expect(refusedAt({ acceptedPaymentMethods: ['CHEQUE', 'BITCOIN'] })).toMatchObject({ field: 'input.acceptedPaymentMethods', message: expect.stringContaining('BITCOIN is not one of') }));

    it('keeps each way once, in the one order, so the same choice is the same policy', () =>
      expect(parse({ acceptedPaymentMethods: ['ONLINE', 'CASH', 'CHEQUE', 'CASH'] }).acceptedPaymentMethods).toEqual(['CHEQUE', 'CASH', 'ONLINE']));

    it('trims the name cheques are made out to', () => expect(parse({ chequePayableTo: '  SARL Les Tilleuls ' }).chequePayableTo).toBe('SARL Les Tilleuls'));
  });
});

describe('Deposit asked for a stay', () => {
  // Rules typed farthest first: the closest must still win.
  const CLOSE_AT_HAND = parse({
    rules: [
      { daysBeforeArrivalUnder: 30, percent: 50 },
      { daysBeforeArrivalUnder: 7, percent: 100 },
    ],
  });
  const TODAY = '2026-06-01';

  it('asks the default percentage when no rule is set', () => expect(depositTermsFor(parse(), '2026-06-05', TODAY)).toEqual({ kind: 'ARRHES', percent: 25 }));

  it.each([
    ['60 days ahead, under no rule', '2026-07-31', 25],
    ['30 days ahead, not under 30', '2026-07-01', 25],
    ['29 days ahead, under 30', '2026-06-30', 50],
    ['7 days ahead, under 30 but not under 7', '2026-06-08', 50],
    ['6 days ahead, under 7', '2026-06-07', 100],
    ['the same day', '2026-06-01', 100],
  ])('asks for a stay %s the percentage of the closest rule it falls under', (_, arrival, percent) => expect(depositTermsFor(CLOSE_AT_HAND, arrival, TODAY)).toEqual({ kind: 'ARRHES', percent }));

  it('asks the 25 % acompte of an owner who set nothing', () => expect(depositTermsFor(DEFAULT_DEPOSIT_POLICY, '2026-07-04', TODAY)).toEqual({ kind: 'ACOMPTE', percent: 25 }));
});

describe('Due dates of a booking file', () => {
  const ON_ARRIVAL = parse();
  const A_MONTH_BEFORE = parse({ balanceDueDaysBeforeArrival: 30 });

  it('asks the deposit ten days after the option and the balance on arrival', () =>
    expect(dueDates(ON_ARRIVAL, '2026-03-01', '2026-07-04')).toEqual({ depositDueDate: '2026-03-11', balanceDueDate: '2026-07-04' }));

  it('asks the balance the owner’s number of days before arrival', () =>
    expect(dueDates(A_MONTH_BEFORE, '2026-03-01', '2026-07-04')).toEqual({ depositDueDate: '2026-03-11', balanceDueDate: '2026-06-04' }));

  it('asks the deposit the day the option is made when the owner gives no delay', () => expect(dueDates(parse({ depositDueDays: 0 }), '2026-03-01', '2026-07-04').depositDueDate).toBe('2026-03-01'));

  it('never asks the deposit after the arrival', () =>
    expect(dueDates(ON_ARRIVAL, '2026-07-01', '2026-07-04')).toEqual({ depositDueDate: '2026-07-04', balanceDueDate: '2026-07-04' }));

  it('never asks the deposit before the day the file was made, for a stay already begun', () =>
    expect(dueDates(ON_ARRIVAL, '2026-07-06', '2026-07-04')).toEqual({ depositDueDate: '2026-07-06', balanceDueDate: '2026-07-06' }));

  it('never asks the balance before the deposit', () =>
    expect(dueDates(A_MONTH_BEFORE, '2026-06-01', '2026-06-20')).toEqual({ depositDueDate: '2026-06-11', balanceDueDate: '2026-06-11' }));
});
