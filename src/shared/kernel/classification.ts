import { addDays, daysBetween, type CalendarDate } from './calendar-date';

/**
 * The official "classement" of a meublé de tourisme: its stars (1 to 5, 0 when unclassified) and
 * the day it was decided. "Le classement est prononcé pour une durée de cinq ans" (Code du
 * tourisme, D324-4): past that the accommodation is unclassified again, for the guests it is
 * advertised to and for the taxe de séjour, until a new visit and decision.
 */
export interface Classification {
  readonly stars: number;
  /** Null when unclassified, or while the owner has not given the decision's date. */
  readonly decidedOn: CalendarDate | null;
  /** The last day it holds: null when unclassified or undated. */
  readonly expiresOn: CalendarDate | null;
}

export const CLASSIFICATION_YEARS = 5;

/** A new visit by an accredited body, then its decision, take weeks: the owner is told this long before the end. */
export const CLASSIFICATION_WARNING_DAYS = 90;

/**
 * NONE: unclassified. UNDATED: stars given without the decision's date, so its end is unknown (the
 * accommodations described before the date was asked for); read as holding. VALID; EXPIRING_SOON:
 * within `CLASSIFICATION_WARNING_DAYS` of its last day; EXPIRED: past it, unclassified again.
 */
export const CLASSIFICATION_STATUSES = ['NONE', 'UNDATED', 'VALID', 'EXPIRING_SOON', 'EXPIRED'] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

/**
 * The last day a classement decided on `decidedOn` holds: the day before its fifth anniversary
 * (decided on 15 March 2021, it holds through 14 March 2026 and is gone on the 15th). A decision
 * of 29 February has its anniversary on 28 February, the last day of that month, so it holds
 * through the 27th: the earlier reading, which never advertises stars a day too long.
 */
export function classificationExpiry(decidedOn: CalendarDate): CalendarDate {
  const year = Number(decidedOn.slice(0, 4)) + CLASSIFICATION_YEARS;
  const monthAndDay = decidedOn.slice(5);
  const anniversary = monthAndDay === '02-29' ? `${year}-02-28` : `${year}-${monthAndDay}`;
  return addDays(anniversary, -1);
}

/** The classement as stars and a decision date make it: an unclassified accommodation has no dates. */
export function classificationOf(stars: number, decidedOn: CalendarDate | null): Classification {
  if (stars === 0 || decidedOn === null) return { stars, decidedOn: null, expiresOn: null };
  return { stars, decidedOn, expiresOn: classificationExpiry(decidedOn) };
}

export function classificationStatus(classification: Classification, today: CalendarDate): ClassificationStatus {
  const { stars, expiresOn } = classification;
  if (stars === 0) return 'NONE';
  if (expiresOn === null) return 'UNDATED';
  if (today > expiresOn) return 'EXPIRED';
  return daysBetween(today, expiresOn) < CLASSIFICATION_WARNING_DAYS ? 'EXPIRING_SOON' : 'VALID';
}

/**
 * The stars that hold on `day`: 0 once the classement has expired. An undated classement keeps
 * its stars, as it did before its date was asked for.
 */
export const classifiedStarsOn = (classification: Classification, day: CalendarDate): number =>
  classificationStatus(classification, day) === 'EXPIRED' ? 0 : classification.stars;

export interface ClassificationAsOf extends Classification {
  readonly status: ClassificationStatus;
}

/** The classement of `stars` decided on `decidedOn`, as it stands on `today`. */
export function classificationAsOf(stars: number, decidedOn: CalendarDate | null, today: CalendarDate): ClassificationAsOf {
  const classification = classificationOf(stars, decidedOn);
  return { ...classification, status: classificationStatus(classification, today) };
}
