import type { Decider } from '../../../shared/kernel/decider';
import { accommodationSettingDecider, type SetSetting, type Setting } from '../accommodation-setting.decider';
import type { TouristTax } from './tourist-tax';
import { touristTaxEvents, type TouristTaxEvent } from './tourist-tax.events';

export type { TouristTaxEvent };

/** Stream `tourist-tax-<accommodationId>`; a null value means no tax is collected. */
export const touristTaxStream = (accommodationId: string) => `tourist-tax-${accommodationId}`;

export type SetTouristTax = SetSetting<'SetTouristTax', TouristTax | null>;

export const touristTaxDecider: Decider<SetTouristTax, TouristTaxEvent, Setting<TouristTax | null>> = accommodationSettingDecider('TouristTaxSet', null, touristTaxEvents);
