import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

const A_EXPORT = 'query($id: ID!) { icalExportUrl(accommodationId: $id) icalExportSettings(accommodationId: $id) { exportOptions exportImported } }';

/** A's export URL and settings as A left them, known once createSynchronisationOfA has run. */
const aSynchronisation = { export: {} as Record<string, unknown> };

/** An export URL of A's, and settings that differ from the defaults, for B to read or replace. */
export async function createSynchronisationOfA(t: TestApp, token: string, accommodationId: string): Promise<void> {
  const set = await t.gql('mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: false, exportImported: true }) { exportOptions } }', { id: accommodationId }, token);
  if (set.errors) throw new Error(`setting up A's export failed: ${JSON.stringify(set.errors)}`);
  const read = await t.gql(A_EXPORT, { id: accommodationId }, token);
  if (read.errors || !read.data) throw new Error(`reading A's export failed: ${JSON.stringify(read.errors)}`);
  aSynchronisation.export = read.data;
}

/** B is told A's accommodation does not exist, and A's URL still opens A's feed, unchanged. */
const notFoundOnExport =
  (): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, 'NOT_FOUND');
    const after = await t.gql(A_EXPORT, { id: o.aCatalogue.accommodationId }, o.a.token);
    expect(after.data).toEqual(aSynchronisation.export);
    expect(after.data).toMatchObject({ icalExportSettings: { exportOptions: false, exportImported: true } });
    expect((await fetch(after.data?.icalExportUrl as string)).status).toBe(200);
  };

export const SYNCHRONISATION_OPERATIONS: Record<string, OwnerOperation> = {
  icalExportUrl: {
    document: 'query($id: ID!) { icalExportUrl(accommodationId: $id) }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  regenerateIcalExportUrl: {
    document: 'mutation($id: ID!) { regenerateIcalExportUrl(accommodationId: $id) }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  icalExportSettings: {
    document: 'query($id: ID!) { icalExportSettings(accommodationId: $id) { exportOptions exportImported } }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
  setIcalExportSettings: {
    document: 'mutation($id: ID!) { setIcalExportSettings(accommodationId: $id, input: { exportOptions: true, exportImported: false }) { exportOptions } }',
    variables: (o: Owners) => ({ id: o.aCatalogue.accommodationId }),
    verify: notFoundOnExport(),
  },
};
