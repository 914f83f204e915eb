import { isDeepStrictEqual } from 'node:util';
import { calendarDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { isInseeCode } from '../../../shared/kernel/french-geography';

/**
 * What the law asks of a meublé de tourisme besides its description (Code du tourisme L324-1-1,
 * D324-1-1): in a commune that asks for it, the registration number the commune gave to its
 * declaration, printed on every offer; and the date its classement was decided, which ends it
 * five years on (classification.ts). A chambre d'hôtes is no meublé de tourisme: it has no number.
 */
export interface AccommodationRegistration {
  /** The 13 characters, upper-case, without spaces: `75056123456AB`. */
  readonly registrationNumber: string | null;
  readonly communeRequiresRegistration: boolean;
  readonly classificationDecidedOn: CalendarDate | null;
}

export const NO_REGISTRATION: AccommodationRegistration = { registrationNumber: null, communeRequiresRegistration: false, classificationDecidedOn: null };

export interface AccommodationRegistrationInput {
  readonly registrationNumber?: string | null;
  readonly registrationRequired?: boolean | null;
  readonly classificationDecidedOn?: string | null;
}

export class MalformedRegistrationNumber extends InvalidInput {
  override readonly reason = 'MALFORMED_REGISTRATION_NUMBER';

  constructor(field: string, typed: string) {
    super(
      field,
      `a registration number is 13 characters: the commune's INSEE code (such as 75056, 2A004 or 97411), 6 letters or digits, then a 2-character key, as in 75056 123456 AB (got "${typed}")`,
    );
  }
}

export class ClassificationDecidedInFuture extends InvalidInput {
  override readonly reason = 'CLASSIFICATION_DECIDED_IN_FUTURE';

  constructor(field: string, decidedOn: CalendarDate, today: CalendarDate) {
    super(field, `the classement cannot have been decided after today, ${today} (got ${decidedOn})`);
  }
}

// The commune's INSEE code, then its identifier and key, letters or digits: the code is checked apart.
const REGISTRATION_NUMBER = /^[0-9A-Z]{13}$/;

/**
 * A registration number as communes print and owners type it ("75056 123456 AB", "75056-123456-ab"):
 * spaces and hyphens dropped, upper-cased, checked. No other character is taken out, so that a
 * slip is refused rather than read as another number.
 */
export function registrationNumber(field: string, typed: string): string {
  const number = typed.replace(/[\s-]/g, '').toUpperCase();
  if (!REGISTRATION_NUMBER.test(number) || !isInseeCode(number.slice(0, 5))) throw new MalformedRegistrationNumber(field, typed);
  return number;
}

/**
 * Checks every field once, naming the one at fault under `prefix`. `today` is where the
 * accommodation is: a classement cannot have been decided later.
 */
export function parseAccommodationRegistration(prefix: string, input: AccommodationRegistrationInput, today: CalendarDate): AccommodationRegistration {
  const typed = input.registrationNumber?.trim() ?? '';
  const decidedOn = input.classificationDecidedOn === null || input.classificationDecidedOn === undefined ? null : calendarDate(`${prefix}.classificationDecidedOn`, input.classificationDecidedOn);
  if (decidedOn !== null && decidedOn > today) throw new ClassificationDecidedInFuture(`${prefix}.classificationDecidedOn`, decidedOn, today);
  return {
    registrationNumber: typed === '' ? null : registrationNumber(`${prefix}.registrationNumber`, typed),
    communeRequiresRegistration: input.registrationRequired ?? false,
    classificationDecidedOn: decidedOn,
  };
}

export const sameRegistration = (a: AccommodationRegistration, b: AccommodationRegistration): boolean => isDeepStrictEqual(a, b);

/** Whether the rule of its commune leaves it without the number it must show: it may then not be booked online. */
export const lacksRequiredNumber = (registration: AccommodationRegistration): boolean =>
  registration.communeRequiresRegistration && registration.registrationNumber === null;
