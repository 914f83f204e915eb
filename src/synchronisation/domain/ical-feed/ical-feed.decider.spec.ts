import { givenDecider } from '../../../../test/support/decider-spec';
import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { fold } from '../../../shared/kernel/decider';
import { NotFound } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { icalFeedDecider, icalFeedStream, type IcalFeedCommand, type IcalFeedEvent, type ImportedEntry } from './ical-feed.decider';
import { icalFeedEvents } from './ical-feed.events';
import type { IcalPlatform } from './platform-profiles';

const FEED = 'b8e3f0c2-1d4a-4e6b-9c7f-3a2d5e8f1b04';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const GITE = 'acc-gite';
const AT = '2026-07-05T08:00:00.000Z';

const given = givenDecider(icalFeedDecider);

const DEFINITION = { feedId: FEED, ownerId: OWNER, accommodationId: GITE, url: 'https://www.airbnb.fr/calendar/ical/123.ics?s=abc', platform: 'AIRBNB' as IcalPlatform, label: 'Airbnb', intervalMinutes: 15 };

const add = (over: Partial<typeof DEFINITION> = {}): IcalFeedCommand => command('AddIcalFeed', { ...DEFINITION, ...over, addedAt: AT });
const change = (label: string, intervalMinutes: number, ownerId = OWNER): IcalFeedCommand => command('ChangeIcalFeed', { feedId: FEED, ownerId, label, intervalMinutes, changedAt: AT });
const remove = (ownerId = OWNER): IcalFeedCommand => command('RemoveIcalFeed', { feedId: FEED, ownerId, accommodationId: GITE, removedAt: AT });
const record = (entries: readonly ImportedEntry[], { ownerId = OWNER, confirmedBy = 'FEED' }: { ownerId?: string; confirmedBy?: 'FEED' | 'REPEATED' | 'OWNER' } = {}): IcalFeedCommand =>
  command('RecordIcalImport', { feedId: FEED, ownerId, accommodationId: GITE, entries, confirmedBy, importedAt: AT });
const flagSilent = (ownerId = OWNER): IcalFeedCommand => command('FlagIcalFeedSilent', { feedId: FEED, ownerId, accommodationId: GITE, label: 'Airbnb', lastSuccessAt: null, flaggedAt: AT });
const markHeard = (ownerId = OWNER): IcalFeedCommand => command('MarkIcalFeedHeard', { feedId: FEED, ownerId, heardAt: AT });

const added = (over: Partial<typeof DEFINITION> = {}): IcalFeedEvent => event('IcalFeedAdded', { ...DEFINITION, ...over, addedAt: AT });
const changed = (label: string, intervalMinutes: number): IcalFeedEvent => event('IcalFeedChanged', { feedId: FEED, ownerId: OWNER, label, intervalMinutes, changedAt: AT });
const removed = (): IcalFeedEvent => event('IcalFeedRemoved', { feedId: FEED, ownerId: OWNER, accommodationId: GITE, removedAt: AT });
const imported = (upserted: readonly ImportedEntry[], dropped: readonly string[], confirmedBy: 'FEED' | 'REPEATED' | 'OWNER' = 'FEED'): IcalFeedEvent =>
  event('IcalFeedImported', { feedId: FEED, ownerId: OWNER, accommodationId: GITE, upserted, dropped, confirmedBy, importedAt: AT });
const wentSilent = (lastSuccessAt: string | null = null): IcalFeedEvent =>
  event('IcalFeedWentSilent', { feedId: FEED, ownerId: OWNER, accommodationId: GITE, label: 'Airbnb', lastSuccessAt, flaggedAt: AT });
const heardAgain = (): IcalFeedEvent => event('IcalFeedHeardAgain', { feedId: FEED, ownerId: OWNER, heardAt: AT });

const entry = (holdId: string, arrival: string, departure: string): ImportedEntry => ({ holdId, arrival, departure });
const JUL = entry('h-jul', '2026-07-18', '2026-07-25');
const AUG = entry('h-aug', '2026-08-01', '2026-08-08');
const SEP = entry('h-sep', '2026-09-05', '2026-09-12');

const notFound = { code: 'NOT_FOUND', field: 'id', message: `id: iCal feed ${FEED} was not found` } as const;

describe('An imported iCal feed', () => {
  describe('adding it', () => {
    it('adds it', () => given([]).when(add()).then([added()]));

    it('starts active, holding no stay, not silent', () =>
      expect(fold(icalFeedDecider, [added()])).toEqual({ ...DEFINITION, status: 'ACTIVE', entries: new Map(), silent: false }));

    it('adds it once: a second add decides nothing', () => given([added()]).when(add()).thenNothing());

    it('decides nothing for a second add asking other settings', () => given([added()]).when(add({ url: 'https://example.com/other.ics', label: 'Autre' })).thenNothing());

    it('decides nothing for an add of a feed removed', () => given([added(), removed()]).when(add()).thenNothing());
  });

  describe('changing it', () => {
    it('records a new label', () => given([added()]).when(change('Airbnb — gîte', 15)).then([changed('Airbnb — gîte', 15)]));

    it('records a new interval', () => given([added()]).when(change('Airbnb', 60)).then([changed('Airbnb', 60)]));

    it('decides nothing for the same values', () => given([added()]).when(change('Airbnb', 15)).thenNothing());

    it('decides nothing for the values it was last changed to', () => given([added(), changed('Gîte', 30)]).when(change('Gîte', 30)).thenNothing());

    it('keeps the new values', () => expect(fold(icalFeedDecider, [added(), changed('Gîte', 30)])).toMatchObject({ label: 'Gîte', intervalMinutes: 30, url: DEFINITION.url }));
  });

  describe('removing it', () => {
    it('removes it', () => given([added()]).when(remove()).then([removed()]));

    it('removes it once, when two tabs remove it', () => given([added(), removed()]).when(remove()).thenNothing());

    it('leaves it removed', () => expect(fold(icalFeedDecider, [added(), removed()])).toMatchObject({ status: 'REMOVED' }));

    it.each([
      ['changing', change('Gîte', 30)],
      ['recording an import into', record([JUL])],
      ['flagging as silent', flagSilent()],
      ['marking as heard', markHeard()],
    ])('refuses %s a removed feed, as one that never existed', (_, refused) => given([added(), removed()]).when(refused).thenThrows(NotFound, notFound));
  });

  describe('another owner', () => {
    it.each([
      ['changing', change('Mine', 30, INTRUDER)],
      ['removing', remove(INTRUDER)],
      ['recording an import into', record([JUL], { ownerId: INTRUDER })],
      ['flagging as silent', flagSilent(INTRUDER)],
      ['marking as heard', markHeard(INTRUDER)],
    ])('is refused %s it, as if it did not exist', (_, refused) => given([added()]).when(refused).thenThrows(NotFound, notFound));

    it('is refused removing it once removed, rather than told it was', () => given([added(), removed()]).when(remove(INTRUDER)).thenThrows(NotFound, notFound));
  });

  describe('a feed never added', () => {
    it.each([
      ['changing', change('Gîte', 30)],
      ['removing', remove()],
      ['recording an import into', record([JUL])],
      ['flagging as silent', flagSilent()],
      ['marking as heard', markHeard()],
    ])('refuses %s it', (_, refused) => given([]).when(refused).thenThrows(NotFound, notFound));
  });

  describe('recording what an import holds', () => {
    it('lists every stay of a first import', () => given([added()]).when(record([JUL, AUG])).then([imported([JUL, AUG], [])]));

    it('decides nothing when an import holds the same stays', () => given([added(), imported([JUL, AUG], [])]).when(record([JUL, AUG])).thenNothing());

    it('decides nothing when the stays come in another order', () => given([added(), imported([JUL, AUG], [])]).when(record([AUG, JUL])).thenNothing());

    it('decides nothing for an empty import of a feed holding nothing', () => given([added()]).when(record([])).thenNothing());

    it('lists only the stays that appeared or moved, and those dropped', () => {
      const movedAug = entry(AUG.holdId, '2026-08-02', '2026-08-09');
      given([added(), imported([JUL, AUG, SEP], [])])
        .when(record([movedAug, SEP, entry('h-oct', '2026-10-10', '2026-10-17')]))
        .then([imported([movedAug, entry('h-oct', '2026-10-10', '2026-10-17')], [JUL.holdId])]);
    });

    it('takes a new departure alone as a move', () => {
      const longer = entry(JUL.holdId, JUL.arrival, '2026-07-26');
      given([added(), imported([JUL], [])]).when(record([longer])).then([imported([longer], [])]);
    });

    it('drops every stay of an empty import', () => given([added(), imported([JUL, AUG], [])]).when(record([])).then([imported([], [JUL.holdId, AUG.holdId])]));

    it('says why the import was taken', () => given([added(), imported([JUL, AUG], [])]).when(record([JUL], { confirmedBy: 'REPEATED' })).then([imported([], [AUG.holdId], 'REPEATED')]));

    it('holds the stays as the imports left them', () => {
      const movedAug = entry(AUG.holdId, '2026-08-02', '2026-08-09');
      const state = fold(icalFeedDecider, [added(), imported([JUL, AUG], []), imported([movedAug, SEP], [JUL.holdId])]);
      expect(state.status === 'NONE' ? null : [...state.entries.values()]).toEqual([movedAug, SEP]);
    });
  });

  describe('going silent', () => {
    it('is flagged', () => given([added()]).when(flagSilent()).then([wentSilent()]));

    it('is flagged once, so the owner is told once', () => given([added(), wentSilent()]).when(flagSilent()).thenNothing());

    it('is heard again after being flagged', () => given([added(), wentSilent()]).when(markHeard()).then([heardAgain()]));

    it('decides nothing when heard while not silent', () => given([added()]).when(markHeard()).thenNothing());

    it('decides nothing when heard twice', () => given([added(), wentSilent(), heardAgain()]).when(markHeard()).thenNothing());

    it('is flagged again once it was heard', () => given([added(), wentSilent(), heardAgain()]).when(flagSilent()).then([wentSilent()]));
  });

  it('keeps one stream per feed', () => expect(icalFeedStream(FEED)).toBe(`ical-feed-${FEED}`));

  describe('its events', () => {
    itKeepsTheEventContract(icalFeedEvents, [
      added(),
      added({ platform: 'BOOKING_COM', label: 'Booking.com', intervalMinutes: 1440 }),
      changed('Gîte', 30),
      removed(),
      imported([JUL, AUG], ['h-gone'], 'OWNER'),
      imported([], [], 'REPEATED'),
      wentSilent('2026-07-01T10:00:00.000Z'),
      wentSilent(null),
      heardAgain(),
    ]);
  });
});
