import { icalExportDecider } from './ical-export.decider';
import { exportToken, readExportToken, sameSecret } from './export-token';
import { exportedStays, type HoldToExport } from './exported-stays';
import { fold } from '../../../shared/kernel/decider';
import { event, command } from '../../../shared/kernel/message';

const accommodationId = '0b6f2a4e-8d1c-4f7a-9e3b-5c2d1a0f9e8d';
const ownerId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const issued = (secret: string, at = '2026-12-01T10:00:00.000Z') => event('IcalExportUrlIssued', { accommodationId, ownerId, secret, issuedAt: at });
const issue = (secret: string, onlyIfNone: boolean) => command('IssueIcalExportUrl', { accommodationId, ownerId, secret, issuedAt: '2026-12-02T10:00:00.000Z', onlyIfNone });
const state = (...events: ReturnType<typeof issued>[]) => fold(icalExportDecider, events, icalExportDecider.initialState());

describe('an accommodation’s export URL', () => {
  it('is issued on the first ask, and the same one answered after, even when two ask at once', () => {
    expect(icalExportDecider.decide(issue('s1', true), state())).toEqual([{ type: 'IcalExportUrlIssued', data: { accommodationId, ownerId, secret: 's1', issuedAt: '2026-12-02T10:00:00.000Z' } }]);
    expect(icalExportDecider.decide(issue('s2', true), state(issued('s1')))).toEqual([]);
  });

  it('is replaced when the owner regenerates it, which kills the old one', () => {
    const after = fold(icalExportDecider, icalExportDecider.decide(issue('s2', false), state(issued('s1'))), state(issued('s1')));
    expect(after.secret).toBe('s2');
  });

  it('exports unpaid options by default, and records a change of settings only when something changes', () => {
    const initial = state();
    expect(initial).toMatchObject({ exportOptions: true, exportImported: false, secret: null });
    const same = command('SetIcalExportSettings', { accommodationId, ownerId, exportOptions: true, exportImported: false, setAt: '2026-12-02T10:00:00.000Z' });
    expect(icalExportDecider.decide(same, initial)).toEqual([]);
    const off = command('SetIcalExportSettings', { ...same.data, exportOptions: false });
    expect(icalExportDecider.decide(off, initial)).toEqual([{ type: 'IcalExportSettingsSet', data: off.data }]);
  });
});

describe('the export token', () => {
  it('carries the accommodation’s id and its secret, and nothing else reads as one', () => {
    const token = exportToken(accommodationId, 'A'.repeat(43));
    expect(token).toBe(`ic_0b6f2a4e8d1c4f7a9e3b5c2d1a0f9e8d${'A'.repeat(43)}`);
    expect(readExportToken(token)).toEqual({ accommodationId, secret: 'A'.repeat(43) });
    expect(readExportToken(`${token}x`)).toBeNull();
    expect(readExportToken(token.replace('ic_', 'gb_'))).toBeNull();
    expect(readExportToken('ic_../../etc/passwd')).toBeNull();
  });

  it('compares secrets whatever their length', () => {
    expect(sameSecret('a'.repeat(43), 'a'.repeat(43))).toBe(true);
    expect(sameSecret('a'.repeat(43), 'b'.repeat(43))).toBe(false);
    expect(sameSecret('a', 'a'.repeat(43))).toBe(false);
  });
});

describe('what the feed shows of each hold', () => {
  const hold = (over: Partial<HoldToExport>): HoldToExport => ({
    holdId: 'h1',
    dossierId: null,
    kind: 'DOSSIER',
    arrival: '2027-07-03',
    departure: '2027-07-10',
    option: false,
    heldAt: new Date('2026-12-01T10:00:00Z'),
    ...over,
  });

  it('says Réservé for a file, Indisponible for a block, TENTATIVE for what may come free, never who', () => {
    const stays = exportedStays([hold({}), hold({ holdId: 'b1', kind: 'BLOCK' }), hold({ holdId: 'o1', option: true }), hold({ holdId: 'p1', kind: 'PENDING_PAYMENT', option: true })], {
      exportOptions: true,
      exportImported: false,
    });
    expect(stays.map((s) => [s.uid, s.summary, s.tentative])).toEqual([
      ['h1@osmb', 'Réservé', false],
      ['b1@osmb', 'Indisponible', false],
      ['o1@osmb', 'Réservé', true],
      ['p1@osmb', 'Réservé', true],
    ]);
  });

  it('names a file’s stay after the file, so it keeps its UID when it moves to new nights', () => {
    const [stay] = exportedStays([hold({ holdId: 'h2', dossierId: 'd1' })], { exportOptions: true, exportImported: false });
    expect(stay.uid).toBe('d1@osmb');
  });

  it('leaves options out when the owner does not export them', () => {
    expect(exportedStays([hold({}), hold({ holdId: 'o1', option: true })], { exportOptions: false, exportImported: false }).map((s) => s.uid)).toEqual(['h1@osmb']);
  });

  it('numbers a hold’s revisions so that a later move always reads as newer', () => {
    const [before] = exportedStays([hold({ heldAt: new Date('2026-12-01T10:00:00Z') })], { exportOptions: true, exportImported: false });
    const [moved] = exportedStays([hold({ arrival: '2027-07-04', heldAt: new Date('2026-12-01T10:00:01Z') })], { exportOptions: true, exportImported: false });
    expect(moved.sequence).toBe(before.sequence + 1);
    expect(before.sequence).toBeLessThan(2 ** 31);
  });
});
