import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { dossierNumbersDecider, dossierNumbersStream, numberGivenTo, type DossierNumbersCommand, type DossierNumbersEvent } from './dossier-numbers.decider';

const OWNER = 'owner-1';

const given = givenDecider(dossierNumbersDecider);

const assign = (dossierId: string): DossierNumbersCommand => command('AssignDossierNumber', { ownerId: OWNER, dossierId });
const assigned = (dossierId: string, number: number): DossierNumbersEvent => event('DossierNumberAssigned', { ownerId: OWNER, dossierId, number });

describe('Numbering of an owner’s booking files', () => {
  it('gives the first file number 1', () => given([]).when(assign('dossier-a')).then([assigned('dossier-a', 1)]));

  it('gives the next file the next number', () => given([assigned('dossier-a', 1)]).when(assign('dossier-b')).then([assigned('dossier-b', 2)]));

  it('numbers files 1, 2, 3 in the order they ask', () => {
    const history: DossierNumbersEvent[] = [];
    for (const dossierId of ['dossier-a', 'dossier-b', 'dossier-c']) history.push(...dossierNumbersDecider.decide(assign(dossierId), fold(dossierNumbersDecider, history)));
    expect(history).toEqual([assigned('dossier-a', 1), assigned('dossier-b', 2), assigned('dossier-c', 3)]);
  });

  it('records nothing when the file just numbered asks again, so a retried booking burns no number', () =>
    given([assigned('dossier-a', 1), assigned('dossier-b', 2)]).when(assign('dossier-b')).thenNothing());

  it('keeps only the last number, whatever the number of files', () =>
    expect(fold(dossierNumbersDecider, [assigned('dossier-a', 1), assigned('dossier-b', 2)])).toEqual({ last: 2, lastDossierId: 'dossier-b' }));

  it('finds the number an older file was given, for a recovery after a crash', () => {
    const history = [assigned('dossier-a', 1), assigned('dossier-b', 2), assigned('dossier-c', 3)];
    expect(numberGivenTo(history, 'dossier-a')).toBe(1);
    expect(numberGivenTo(history, 'dossier-z')).toBeNull();
  });

  it('reads back the snapshot it writes, and refuses one of another shape', () => {
    const snapshot = dossierNumbersDecider.snapshot;
    const state = fold(dossierNumbersDecider, [assigned('dossier-a', 1), assigned('dossier-b', 2)]);
    expect(snapshot?.decode(JSON.parse(JSON.stringify(snapshot.encode(state))))).toEqual(state);
    expect(() => snapshot?.decode({ byDossier: {} })).toThrow();
  });

  it('keeps one stream per owner, so each owner counts from 1', () => expect(dossierNumbersStream(OWNER)).toBe('dossier-numbers-owner-1'));
});
