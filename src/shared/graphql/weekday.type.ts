import { WEEKDAYS } from '../kernel/calendar-date';
import { enumType } from './enum-type';

export const WeekdayEnum = enumType(WEEKDAYS, 'Weekday', 'A day of the week, Monday first as in France');
