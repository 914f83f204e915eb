import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TouristTaxExemptCountType } from '../../tarification/contracts';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { REGISTER_RATE_KINDS, type ExemptCounts, type RegisterLine, type RegisterRate, type RegisterRateKind, type TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { EXEMPTION_REASONS } from '../domain/tourist-tax-register/register-wording';

const RegisterRateKindEnum = enumType(
  REGISTER_RATE_KINDS,
  'TouristTaxRegisterRateKind',
  'TARIFF: a category of the authority’s table; PROPORTIONAL: a share of the price (unclassified); FLAT: the owner’s flat amount; OUTSIDE_COLLECTION_PERIOD and NO_TARIFF_FOR_YEAR: untaxed nights',
);

@ObjectType('TouristTaxRegisterRate', { description: 'A stay’s nights of the period taxed alike' })
export class TouristTaxRegisterRateType {
  @Field(() => RegisterRateKindEnum) kind!: RegisterRateKind;
  @Field(() => String, { nullable: true, description: 'TARIFF: the row of the table, a TouristTaxCategory (TWO_STARS…)' }) category!: string | null;
  @Field(() => Float, { nullable: true, description: 'PROPORTIONAL: the percentage of the cost per person of the night' }) ratePercent!: number | null;
  @Field({ description: '"2★", "Non classé 5 %", "Forfait", "Hors période de perception"…' }) label!: string;
  @Field(() => Int, { description: 'Its nights in the period' }) nights!: number;
  @Field(() => Int, { description: 'Persons taxed each of these nights' }) personsTaxed!: number;
  @Field(() => [TouristTaxExemptCountType], { description: 'Persons exempt each of these nights, by reason' }) personsExempt!: TouristTaxExemptCountType[];
  @Field(() => MoneyType, { nullable: true, description: 'Null for untaxed nights, and for a flat amount that is no whole number of cents per person and night' })
  perPersonNight!: MoneyType | null;
  @Field(() => Int) taxedPersonNights!: number;
  @Field(() => Int) exemptPersonNights!: number;
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('TouristTaxRegisterLine', { description: 'One stay with nights in the period, counting those nights only; no guest’s name or contact, which the register does not hold' })
export class TouristTaxRegisterLineType {
  @Field(() => ID) dossierId!: string;
  @Field(() => Int, { nullable: true }) dossierNumber!: number | null;
  @Field(() => ID) accommodationId!: string;
  @Field() accommodationName!: string;
  @Field(() => String, { nullable: true, description: '"12 rue des Lices, 84000 Avignon"' }) accommodationAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'A meublé de tourisme’s, 13 characters without spaces' }) registrationNumber!: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => Int, { description: 'The whole stay’s nights' }) stayNights!: number;
  @Field(() => Int, { description: 'Its nights in the period' }) nights!: number;
  @Field(() => Int, { description: 'The most persons any of its rates taxes each night' }) personsTaxed!: number;
  @Field(() => [TouristTaxExemptCountType], { description: 'By reason, the most persons any of its rates exempts each night' }) personsExempt!: TouristTaxExemptCountType[];
  @Field(() => Int) taxedPersonNights!: number;
  @Field(() => Int) exemptPersonNights!: number;
  @Field({ description: 'Its rates’ labels, " / " between them' }) label!: string;
  @Field(() => MoneyType, { nullable: true, description: 'When its taxed nights share one amount per person and per night; null otherwise (see rates)' }) perPersonNight!: MoneyType | null;
  @Field(() => MoneyType, { description: 'The tax collected for its nights in the period' }) amount!: MoneyType;
  @Field(() => String, { nullable: true, description: 'Whose tables taxed it, "COMMUNE:84050"; null for a flat amount' }) authority!: string | null;
  @Field(() => [TouristTaxRegisterRateType]) rates!: TouristTaxRegisterRateType[];
}

@ObjectType('TouristTaxRegisterTotals')
export class TouristTaxRegisterTotalsType {
  @Field(() => Int) stays!: number;
  @Field(() => Int) nights!: number;
  @Field(() => Int) taxedPersonNights!: number;
  @Field(() => Int) exemptPersonNights!: number;
  @Field(() => [TouristTaxExemptCountType], { description: 'Exempt person-nights by reason: here each count is persons × nights' }) exemptPersonNightsByReason!: TouristTaxExemptCountType[];
  @Field(() => MoneyType) amount!: MoneyType;
}

@ObjectType('TouristTaxRegister', { description: 'The registre du logeur of the taxe de séjour (CGCT art. R2333-50): the stays of a period, of files neither cancelled nor deleted, by arrival' })
export class TouristTaxRegisterType {
  @Field(() => DateScalar, { description: 'The first night' }) from!: string;
  @Field(() => DateScalar, { description: 'The last night' }) to!: string;
  @Field(() => String, { nullable: true }) authority!: string | null;
  @Field(() => [TouristTaxRegisterLineType]) lines!: TouristTaxRegisterLineType[];
  @Field(() => TouristTaxRegisterTotalsType) totals!: TouristTaxRegisterTotalsType;
}

const exemptCounts = (counts: ExemptCounts): TouristTaxExemptCountType[] => EXEMPTION_REASONS.filter((reason) => (counts[reason] ?? 0) > 0).map((reason) => ({ reason, count: counts[reason] ?? 0 }));

const rateType = (rate: RegisterRate): TouristTaxRegisterRateType => ({
  ...rate,
  personsExempt: exemptCounts(rate.personsExempt),
  perPersonNight: rate.perPersonNight && moneyType(rate.perPersonNight),
  amount: moneyType(rate.amount),
});

const lineType = (line: RegisterLine): TouristTaxRegisterLineType => ({
  ...line,
  personsExempt: exemptCounts(line.personsExempt),
  perPersonNight: line.perPersonNight && moneyType(line.perPersonNight),
  amount: moneyType(line.amount),
  rates: line.rates.map(rateType),
});

export const touristTaxRegisterType = (register: TouristTaxRegister): TouristTaxRegisterType => ({
  from: register.from,
  to: register.to,
  authority: register.authority,
  lines: register.lines.map(lineType),
  totals: { ...register.totals, exemptPersonNightsByReason: exemptCounts(register.totals.exemptPersonNightsByReason), amount: moneyType(register.totals.amount) },
});
