import { accommodationSettingDecider, type SetSetting, type SettingSet } from '../accommodation-setting.decider';
import type { TouristTax } from './tourist-tax';

/** Stream `tourist-tax-<accommodationId>`; a null value means no tax is collected. */
export const touristTaxStream = (accommodationId: string) => `tourist-tax-${accommodationId}`;

export type SetTouristTax = SetSetting<'SetTouristTax', TouristTax | null>;
export type TouristTaxEvent = SettingSet<'TouristTaxSet', TouristTax | null>;

export const touristTaxDecider = accommodationSettingDecider<'SetTouristTax', 'TouristTaxSet', TouristTax | null>('TouristTaxSet', null);
