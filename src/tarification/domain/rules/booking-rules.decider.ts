import { accommodationSettingDecider, type SetSetting, type SettingSet } from '../accommodation-setting.decider';
import { DEFAULT_BOOKING_RULES, type BookingRules } from './booking-rules';

/** Stream `booking-rules-<accommodationId>`. */
export const bookingRulesStream = (accommodationId: string) => `booking-rules-${accommodationId}`;

export type SetBookingRules = SetSetting<'SetBookingRules', BookingRules>;
export type BookingRulesEvent = SettingSet<'BookingRulesSet', BookingRules>;

export const bookingRulesDecider = accommodationSettingDecider<'SetBookingRules', 'BookingRulesSet', BookingRules>('BookingRulesSet', DEFAULT_BOOKING_RULES);
