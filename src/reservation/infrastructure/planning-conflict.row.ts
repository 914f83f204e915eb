import { EntitySchema } from '@mikro-orm/core';

/**
 * Read model of an imported stay the planning could not give its nights to: the stay as the
 * platform lists it, and what holds the nights here. The row goes when the conflict ends.
 */
export interface PlanningConflictRow {
  /** The imported stay's hold id. */
  id: string;
  accommodationId: string;
  ownerId: string;
  /** The feed it comes from. */
  source: string;
  /** The feed's label. */
  label: string | null;
  arrival: string;
  departure: string;
  clashHoldId: string;
  clashKind: string;
  clashDossierId: string | null;
  clashArrival: string;
  clashDeparture: string;
  since: Date;
}

export const PlanningConflictRowSchema = new EntitySchema<PlanningConflictRow>({
  name: 'PlanningConflictRow',
  tableName: 'planning_conflicts',
  properties: {
    id: { type: 'uuid', primary: true },
    accommodationId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    source: { type: 'text' },
    label: { type: 'text', nullable: true },
    arrival: { type: 'string', columnType: 'date' },
    departure: { type: 'string', columnType: 'date' },
    clashHoldId: { type: 'uuid' },
    clashKind: { type: 'text' },
    clashDossierId: { type: 'uuid', nullable: true },
    clashArrival: { type: 'string', columnType: 'date' },
    clashDeparture: { type: 'string', columnType: 'date' },
    since: { type: 'datetime', columnType: 'timestamptz' },
  },
});
