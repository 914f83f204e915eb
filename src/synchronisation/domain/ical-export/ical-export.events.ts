import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { instantSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';

/**
 * The events of an `ical-export-<accommodationId>` stream. The feed's secret is kept as issued:
 * the owner reads their URL again to paste it into another platform, and it only opens a list of
 * taken nights, never a name. A stored contract: a change of shape is a new version.
 */
export interface IcalExportUrlIssued {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** 256 random bits, base64url: the part of the URL nobody can guess. */
  readonly secret: string;
  readonly issuedAt: string;
}

export interface IcalExportSettingsSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** Unpaid options and guests paying online are exported, as TENTATIVE. */
  readonly exportOptions: boolean;
  /** Nights imported from other platforms' feeds are exported too (never back to their own feed). */
  readonly exportImported: boolean;
  readonly setAt: string;
}

export type IcalExportEvent = Event<'IcalExportUrlIssued', IcalExportUrlIssued> | Event<'IcalExportSettingsSet', IcalExportSettingsSet>;

export const icalExportEvents = eventCodec<IcalExportEvent>('ical-export', {
  IcalExportUrlIssued: {
    version: 1,
    schema: z.object({ accommodationId: z.string(), ownerId: z.string(), secret: z.string(), issuedAt: instantSchema }),
  },
  IcalExportSettingsSet: {
    version: 1,
    schema: z.object({ accommodationId: z.string(), ownerId: z.string(), exportOptions: z.boolean(), exportImported: z.boolean(), setAt: instantSchema }),
  },
});
