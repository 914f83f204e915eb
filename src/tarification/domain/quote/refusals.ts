import { describeDate, localDayAndHour, weekdayOf, type CalendarDate, type Weekday } from '../../../shared/kernel/calendar-date';
import { longDate } from '../../../shared/kernel/formats';
import type { Stay } from '../../../shared/kernel/stay';
import { describeLeadTime, earliestArrival, type BookingRules } from '../rules/booking-rules';
import { describeTakenNights, type TakenNights } from './taken-nights';

export const REFUSAL_CODES = [
  'NOT_BOOKABLE_ONLINE',
  'NO_RATE',
  'ARRIVAL_PASSED',
  'LEAD_TIME',
  'UNDER_MINIMUM_STAY',
  'CLOSED_TO_ARRIVAL',
  'CLOSED_TO_DEPARTURE',
  'OVER_CAPACITY',
  'UNDER_CAPACITY',
  'UNAVAILABLE',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a stay may not be booked: a code for programs, a sentence for people in English and in French. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
  /** The same sentence for a guest who reads French. */
  readonly french: string;
}

export interface RefusalFacts {
  readonly stay: Stay;
  /** Persons the capacity counts. */
  readonly persons: number;
  /** Persons of age ranges left out of the capacity (babies, usually). */
  readonly uncountedPersons: number;
  /** Nights of the stay already held on the planning, merged, in order. */
  readonly takenNights: readonly TakenNights[];
  readonly now: Date;
  readonly rules: BookingRules;
  readonly bookableOnline: boolean;
  readonly capacity: { readonly min: number; readonly max: number };
  readonly hasRate: boolean;
  /**
   * Arrivals near the asked one that have a rate for as many nights, to say what would work;
   * those the rules refuse are left out.
   */
  readonly otherArrivals: readonly CalendarDate[];
}

/** Every rule the stay breaks, not just the first, so a guest can fix them all at once. */
export function refusals(facts: RefusalFacts): Refusal[] {
  const { stay, persons, rules } = facts;
  const found: Refusal[] = [];
  const refuse = (code: RefusalCode, message: string, french: string) => found.push({ code, message, french });
  const { date: today, hour } = localDayAndHour(facts.now, rules.timeZone);
  const earliest = earliestArrival(rules.leadTime, today, hour);
  const fr = (date: CalendarDate) => longDate(date, 'FR');
  if (!facts.bookableOnline) refuse('NOT_BOOKABLE_ONLINE', 'This accommodation does not take bookings online', 'Ce logement ne se réserve pas en ligne');
  if (facts.takenNights.length > 0) refuse('UNAVAILABLE', describeTakenNights(facts.takenNights), describeTakenNights(facts.takenNights, 'FR'));
  if (!facts.hasRate) {
    const open = facts.otherArrivals.filter((arrival) => arrival >= earliest && !rules.closedToArrival.includes(weekdayOf(arrival)));
    refuse('NO_RATE', noRateMessage(stay, open), noRateInFrench(stay, open));
  }
  if (stay.arrival < today) refuse('ARRIVAL_PASSED', `The arrival, ${describeDate(stay.arrival)}, has passed`, `La date d'arrivée, le ${fr(stay.arrival)}, est passée`);
  else if (stay.arrival < earliest) {
    refuse(
      'LEAD_TIME',
      `Too late to book this arrival: ${describeLeadTime(rules.leadTime)}; the earliest arrival now is ${describeDate(earliest)}`,
      `Trop tard pour réserver cette arrivée : ${describeLeadTime(rules.leadTime, 'FR')} ; la première arrivée possible est le ${fr(earliest)}`,
    );
  }
  if (stay.nights < rules.minimumStay) {
    refuse('UNDER_MINIMUM_STAY', `Stays last at least ${nightsText(rules.minimumStay)} (asked: ${stay.nights})`, `Les séjours durent au moins ${nightsInFrench(rules.minimumStay)} (demandé : ${stay.nights})`);
  }
  if (rules.closedToArrival.includes(weekdayOf(stay.arrival))) refuse('CLOSED_TO_ARRIVAL', `No arrivals on ${plural(weekdayOf(stay.arrival))}`, `Pas d'arrivée le ${weekdayInFrench(stay.arrival)}`);
  if (rules.closedToDeparture.includes(weekdayOf(stay.departure))) refuse('CLOSED_TO_DEPARTURE', `No departures on ${plural(weekdayOf(stay.departure))}`, `Pas de départ le ${weekdayInFrench(stay.departure)}`);
  const asked = facts.uncountedPersons === 0 ? `asked: ${persons}` : `asked: ${persons}, plus ${facts.uncountedPersons} not counted towards capacity`;
  const askedInFrench = facts.uncountedPersons === 0 ? `demandé : ${persons}` : `demandé : ${persons}, plus ${facts.uncountedPersons} non compté${facts.uncountedPersons > 1 ? 's' : ''} dans la capacité`;
  if (persons > facts.capacity.max) {
    refuse('OVER_CAPACITY', `The accommodation sleeps at most ${facts.capacity.max} persons (${asked})`, `Le logement accueille au plus ${personsInFrench(facts.capacity.max)} (${askedInFrench})`);
  }
  if (persons < facts.capacity.min) {
    refuse('UNDER_CAPACITY', `The accommodation is let to at least ${facts.capacity.min} persons (${asked})`, `Le logement se loue à partir de ${personsInFrench(facts.capacity.min)} (${askedInFrench})`);
  }
  return found;
}

function noRateMessage(stay: Stay, otherArrivals: readonly CalendarDate[]): string {
  const asked = `No rate for ${nightsText(stay.nights)} arriving on ${describeDate(stay.arrival)}`;
  if (otherArrivals.length === 0) return asked;
  const days = [...new Set(otherArrivals.map(weekdayOf))].map(plural).join(' or ');
  return `${asked}: ${stay.nights}-night stays arrive on ${days}, such as ${otherArrivals.slice(0, 2).map(describeDate).join(' or ')}`;
}

function noRateInFrench(stay: Stay, otherArrivals: readonly CalendarDate[]): string {
  const asked = `Pas de tarif pour ${nightsInFrench(stay.nights)} avec arrivée le ${longDate(stay.arrival, 'FR')}`;
  if (otherArrivals.length === 0) return asked;
  const days = [...new Set(otherArrivals.map(weekdayInFrench))].join(' ou le ');
  return `${asked} : les séjours de ${nightsInFrench(stay.nights)} arrivent le ${days}, par exemple le ${otherArrivals
    .slice(0, 2)
    .map((date) => longDate(date, 'FR'))
    .join(' ou le ')}`;
}

const nightsText = (nights: number): string => (nights === 1 ? '1 night' : `${nights} nights`);

const nightsInFrench = (nights: number): string => (nights === 1 ? '1 nuit' : `${nights} nuits`);

const personsInFrench = (count: number): string => (count === 1 ? '1 personne' : `${count} personnes`);

const plural = (day: Weekday): string => `${day.charAt(0)}${day.slice(1).toLowerCase()}s`;

/** "samedi": the weekday of a date, as French writes it. */
const weekdayInFrench = (date: CalendarDate): string => longDate(date, 'FR').split(' ')[0];
