import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { dossierNumbersDecider, dossierNumbersStream, type DossierNumbersCommand, type DossierNumbersEvent } from './dossier-numbers.decider';

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

  it('records nothing when a file asks again, so a retry burns no number', () =>
    given([assigned('dossier-a', 1), assigned('dossier-b', 2)]).when(assign('dossier-a')).thenNothing());

  it('lets a file that asks again keep the number it has', () => expect(fold(dossierNumbersDecider, [assigned('dossier-a', 1), assigned('dossier-b', 2)]).byDossier.get('dossier-a')).toBe(1));

  it('goes on from the last number after a file asked again', () =>
    given([assigned('dossier-a', 1), assigned('dossier-b', 2)]).when(assign('dossier-c')).then([assigned('dossier-c', 3)]));

  it('keeps one stream per owner, so each owner counts from 1', () => expect(dossierNumbersStream(OWNER)).toBe('dossier-numbers-owner-1'));
});
