import { EntitySchema } from '@mikro-orm/core';

/** Read model of one hold on an accommodation's nights; a released hold has no row. */
export interface PlanningHoldRow {
  id: string;
  accommodationId: string;
  ownerId: string;
  kind: string;
  arrival: string;
  departure: string;
  dossierId: string | null;
  reason: string | null;
  heldAt: Date;
}

export const PlanningHoldRowSchema = new EntitySchema<PlanningHoldRow>({
  name: 'PlanningHoldRow',
  tableName: 'planning_holds',
  properties: {
    id: { type: 'uuid', primary: true },
    accommodationId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    kind: { type: 'text' },
    arrival: { type: 'string', columnType: 'date' },
    departure: { type: 'string', columnType: 'date' },
    dossierId: { type: 'uuid', nullable: true },
    reason: { type: 'text', nullable: true },
    heldAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
