/** The platforms whose habits the import knows; GENERIC for any other calendar. */
export const ICAL_PLATFORMS = ['AIRBNB', 'BOOKING_COM', 'VRBO', 'GOOGLE', 'ICLOUD', 'GENERIC'] as const;
export type IcalPlatform = (typeof ICAL_PLATFORMS)[number];

/** What a platform's event stands for, from its SUMMARY: a guest's stay, or nights the host closed there. */
export type ImportedMeaning = 'BOOKED' | 'CLOSED' | 'UNKNOWN';

/**
 * How a platform writes its feed, as seen in their exports (shared/fixtures/ical/README.md):
 * which SUMMARY words mean a booking or a closed night, whether a stay leaves the feed once it
 * has begun, and how far ahead the feed reaches. Personal calendars (Google, iCloud, generic)
 * list anything, past stays included, so a stay that began is theirs to drop.
 */
export interface PlatformProfile {
  readonly platform: IcalPlatform;
  /** Shown to the owner: "Airbnb". */
  readonly name: string;
  readonly booked: RegExp | null;
  readonly closed: RegExp | null;
  /**
   * The feed lists only stays still to come (or under way): a stay missing once it has begun is
   * the feed forgetting it, not a cancellation.
   */
  readonly onlyFuture: boolean;
  /** Days ahead the feed reaches; recurring events are expanded that far. */
  readonly horizonDays: number;
}

export const PLATFORM_PROFILES: Readonly<Record<IcalPlatform, PlatformProfile>> = {
  // "Reserved" for a guest's stay, "Airbnb (Not available)" for nights the host closed; about 12 months ahead (up to 24 when set so).
  AIRBNB: { platform: 'AIRBNB', name: 'Airbnb', booked: /^reserved$/i, closed: /not available/i, onlyFuture: true, horizonDays: 730 },
  // "CLOSED - Not available" (older feeds: "CLOSED - <guest>") for every taken night, booked or closed alike; past nights cut off at today.
  BOOKING_COM: { platform: 'BOOKING_COM', name: 'Booking.com', booked: null, closed: /^closed/i, onlyFuture: true, horizonDays: 730 },
  // "Reserved - <name>" / "Réservée - <name>" for a stay, "Blocked" / "Indisponible" for the owner's nights.
  VRBO: { platform: 'VRBO', name: 'Abritel / Vrbo', booked: /^(reserved|réservée)/i, closed: /^(blocked|indisponible)/i, onlyFuture: true, horizonDays: 730 },
  GOOGLE: { platform: 'GOOGLE', name: 'Google Agenda', booked: null, closed: null, onlyFuture: false, horizonDays: 730 },
  ICLOUD: { platform: 'ICLOUD', name: 'iCloud', booked: null, closed: null, onlyFuture: false, horizonDays: 730 },
  GENERIC: { platform: 'GENERIC', name: 'iCal', booked: null, closed: null, onlyFuture: false, horizonDays: 730 },
};

export function meaningOf(profile: PlatformProfile, summary: string | null): ImportedMeaning {
  const text = summary?.trim() ?? '';
  if (profile.booked?.test(text)) return 'BOOKED';
  if (profile.closed?.test(text)) return 'CLOSED';
  return 'UNKNOWN';
}
