import type { IcalPlatform } from '../../graphql/graphql';
import type { Lang } from '../../i18n';

/** The platforms a feed may come from, as owners name them, in the order they most often add them. */
export const PLATFORMS: readonly IcalPlatform[] = ['AIRBNB', 'BOOKING_COM', 'VRBO', 'GOOGLE', 'ICLOUD', 'GENERIC'];

const NAMES: Record<Lang, Record<IcalPlatform, string>> = {
  fr: { AIRBNB: 'Airbnb', BOOKING_COM: 'Booking.com', VRBO: 'Abritel / Vrbo', GOOGLE: 'Google Agenda', ICLOUD: 'iCloud', GENERIC: 'Autre calendrier iCal' },
  en: { AIRBNB: 'Airbnb', BOOKING_COM: 'Booking.com', VRBO: 'Abritel / Vrbo', GOOGLE: 'Google Calendar', ICLOUD: 'iCloud', GENERIC: 'Other iCal calendar' },
};

export function platformName(platform: IcalPlatform, lang: Lang): string {
  return NAMES[lang][platform];
}
