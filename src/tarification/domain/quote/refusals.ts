import { describeDate, localDayAndHour, weekdayOf, type CalendarDate, type Weekday } from '../../../shared/kernel/calendar-date';
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

/** Why a stay may not be booked: a code for programs, a sentence for people. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
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
  const refuse = (code: RefusalCode, message: string) => found.push({ code, message });
  const { date: today, hour } = localDayAndHour(facts.now, rules.timeZone);
  const earliest = earliestArrival(rules.leadTime, today, hour);
  if (!facts.bookableOnline) refuse('NOT_BOOKABLE_ONLINE', 'This accommodation does not take bookings online');
  if (facts.takenNights.length > 0) refuse('UNAVAILABLE', describeTakenNights(facts.takenNights));
  if (!facts.hasRate) {
    const open = facts.otherArrivals.filter((arrival) => arrival >= earliest && !rules.closedToArrival.includes(weekdayOf(arrival)));
    refuse('NO_RATE', noRateMessage(stay, open));
  }
  if (stay.arrival < today) refuse('ARRIVAL_PASSED', `The arrival, ${describeDate(stay.arrival)}, has passed`);
  else if (stay.arrival < earliest) refuse('LEAD_TIME', `Too late to book this arrival: ${describeLeadTime(rules.leadTime)}; the earliest arrival now is ${describeDate(earliest)}`);
  if (stay.nights < rules.minimumStay) refuse('UNDER_MINIMUM_STAY', `Stays last at least ${nightsText(rules.minimumStay)} (asked: ${stay.nights})`);
  if (rules.closedToArrival.includes(weekdayOf(stay.arrival))) refuse('CLOSED_TO_ARRIVAL', `No arrivals on ${plural(weekdayOf(stay.arrival))}`);
  if (rules.closedToDeparture.includes(weekdayOf(stay.departure))) refuse('CLOSED_TO_DEPARTURE', `No departures on ${plural(weekdayOf(stay.departure))}`);
  const asked = facts.uncountedPersons === 0 ? `asked: ${persons}` : `asked: ${persons}, plus ${facts.uncountedPersons} not counted towards capacity`;
  if (persons > facts.capacity.max) refuse('OVER_CAPACITY', `The accommodation sleeps at most ${facts.capacity.max} persons (${asked})`);
  if (persons < facts.capacity.min) refuse('UNDER_CAPACITY', `The accommodation is let to at least ${facts.capacity.min} persons (${asked})`);
  return found;
}

function noRateMessage(stay: Stay, otherArrivals: readonly CalendarDate[]): string {
  const asked = `No rate for ${nightsText(stay.nights)} arriving on ${describeDate(stay.arrival)}`;
  if (otherArrivals.length === 0) return asked;
  const days = [...new Set(otherArrivals.map(weekdayOf))].map(plural).join(' or ');
  return `${asked}: ${stay.nights}-night stays arrive on ${days}, such as ${otherArrivals.slice(0, 2).map(describeDate).join(' or ')}`;
}

const nightsText = (nights: number): string => (nights === 1 ? '1 night' : `${nights} nights`);

const plural = (day: Weekday): string => `${day.charAt(0)}${day.slice(1).toLowerCase()}s`;
