import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { icalExportEvents, type IcalExportEvent, type IcalExportSettingsSet, type IcalExportUrlIssued } from './ical-export.events';

/** Stream `ical-export-<accommodationId>`: the accommodation's export URL and what it shows. */
export const icalExportStream = (accommodationId: string): string => `ical-export-${accommodationId}`;

export type { IcalExportEvent };

export type IcalExportCommand =
  /** `onlyIfNone`: the first read of the URL issues it; two tabs reading at once get the same one. */
  | Command<'IssueIcalExportUrl', IcalExportUrlIssued & { onlyIfNone: boolean }>
  | Command<'SetIcalExportSettings', IcalExportSettingsSet>;

export interface IcalExportSettings {
  readonly exportOptions: boolean;
  readonly exportImported: boolean;
}

export interface IcalExport extends IcalExportSettings {
  /** Null until the owner first asks for the URL: no feed answers before. */
  readonly secret: string | null;
  /** When the URL or the settings last changed: the feed's content may have changed then. */
  readonly changedAt: string | null;
}

/**
 * Unpaid options are exported by default: a platform that does not see them may sell nights the
 * option still holds, and a double booking costs an owner far more than a night shown taken.
 */
export const DEFAULT_EXPORT_SETTINGS: IcalExportSettings = { exportOptions: true, exportImported: false };

export function decide(command: IcalExportCommand, state: IcalExport): IcalExportEvent[] {
  switch (command.type) {
    case 'IssueIcalExportUrl': {
      const { onlyIfNone, ...issued } = command.data;
      return onlyIfNone && state.secret !== null ? [] : [event('IcalExportUrlIssued', issued)];
    }
    case 'SetIcalExportSettings': {
      const { exportOptions, exportImported } = command.data;
      return exportOptions === state.exportOptions && exportImported === state.exportImported ? [] : [event('IcalExportSettingsSet', command.data)];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: IcalExport, e: IcalExportEvent): IcalExport {
  switch (e.type) {
    case 'IcalExportUrlIssued':
      return { ...state, secret: e.data.secret, changedAt: e.data.issuedAt };
    case 'IcalExportSettingsSet':
      return { ...state, exportOptions: e.data.exportOptions, exportImported: e.data.exportImported, changedAt: e.data.setAt };
    default:
      return assertNever(e);
  }
}

export const icalExportDecider: Decider<IcalExportCommand, IcalExportEvent, IcalExport> = {
  decide,
  evolve,
  initialState: () => ({ ...DEFAULT_EXPORT_SETTINGS, secret: null, changedAt: null }),
  events: icalExportEvents,
};
