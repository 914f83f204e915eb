import type { Decider } from '../../../shared/kernel/decider';
import { accommodationSettingDecider, type SetSetting, type Setting } from '../accommodation-setting.decider';
import { DEFAULT_BOOKING_RULES, type BookingRules } from './booking-rules';
import { bookingRulesEvents, type BookingRulesEvent } from './booking-rules.events';

export type { BookingRulesEvent };

/** Stream `booking-rules-<accommodationId>`. */
export const bookingRulesStream = (accommodationId: string) => `booking-rules-${accommodationId}`;

export type SetBookingRules = SetSetting<'SetBookingRules', BookingRules>;

export const bookingRulesDecider: Decider<SetBookingRules, BookingRulesEvent, Setting<BookingRules>> = accommodationSettingDecider('BookingRulesSet', DEFAULT_BOOKING_RULES, bookingRulesEvents);
