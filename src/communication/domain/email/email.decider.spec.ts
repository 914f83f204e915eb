import { givenDecider } from '../../../../test/support/decider-spec';
import { expectUnreadable, itKeepsTheEventContract, storedAs } from '../../../../test/support/event-contract-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { emailDecider, emailStream, MAX_ATTEMPTS, retryDelayMs, type DeliveryOutcome, type EmailCommand, type EmailEvent } from './email.decider';
import { emailEvents, type EmailQueued } from './email.events';

const EMAIL = 'email-1';
const QUEUED_AT = '2026-03-05T09:00:00.000Z';
const DOSSIER = 'dossier-1';
const OWNER = 'owner-1';
const AT = '2026-03-05T10:00:00.000Z';
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const given = givenDecider(emailDecider);

const email = (overrides: Partial<EmailQueued> = {}): EmailQueued => ({
  emailId: EMAIL,
  ownerId: OWNER,
  dossierId: DOSSIER,
  kind: 'DOSSIER_DOCUMENT',
  lang: 'FR',
  recipient: 'GUEST',
  copy: false,
  to: 'marie.martin@example.fr',
  replyTo: 'contact@domaine-des-vignes.fr',
  fromName: 'Domaine des Vignes',
  messageId: '<email-1@osmb.example>',
  subject: 'Votre contrat de location',
  html: '<p>Bonjour,</p>',
  text: 'Bonjour,',
  attachment: { filename: 'contrat-42.pdf', contentType: 'application/pdf', blobId: 'c0ffee'.repeat(10) + 'c0ff', size: 48_213 },
  queuedAt: QUEUED_AT,
  ...overrides,
});

const queue = (data: EmailQueued = email()): EmailCommand => command('QueueEmail', data);
const record = (outcome: DeliveryOutcome, at = AT, jitter = 0): EmailCommand => command('RecordDelivery', { emailId: EMAIL, outcome, at, jitter });

const SENT: DeliveryOutcome = { kind: 'SENT', response: '250 2.0.0 OK queued as 4F2A' };
const BUSY: DeliveryOutcome = { kind: 'TEMPORARY_FAILURE', detail: '421 4.7.0 Try again later' };
const NO_SUCH_USER: DeliveryOutcome = { kind: 'PERMANENT_FAILURE', detail: '550 5.1.1 No such user' };

const queued = (data: EmailQueued = email()): EmailEvent => event('EmailQueued', data);
const deferred = (attempt: number, retryAt: string, detail = BUSY.detail): EmailEvent => event('EmailDeferred', { emailId: EMAIL, ownerId: OWNER, dossierId: DOSSIER, attempt, detail, retryAt });
const sent = (attempt: number, sentAt = AT): EmailEvent => event('EmailSent', { emailId: EMAIL, ownerId: OWNER, dossierId: DOSSIER, attempt, sentAt, response: SENT.response });
const failed = (attempt: number, reason: 'NO_ADDRESS' | 'REFUSED' | 'GAVE_UP', detail: string | null, failedAt = AT): EmailEvent =>
  event('EmailFailed', { emailId: EMAIL, ownerId: OWNER, dossierId: DOSSIER, attempt, reason, detail, failedAt });

/** An email queued, then deferred `count` times. */
const deferredTimes = (count: number): EmailEvent[] => [queued(), ...Array.from({ length: count }, (_, i) => deferred(i + 1, AT))];

const plus = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

describe('An email of the outbox', () => {
  describe('queueing', () => {
    it('queues an email written out in full', () => given([]).when(queue()).then([queued()]));

    it('queues nothing more when the same cause is seen twice', () => given([queued()]).when(queue()).thenNothing());

    it('queues nothing again once the email was sent', () => given([queued(), sent(1)]).when(queue()).thenNothing());

    it('fails an email without an address at once, as it was queued, so the owner hears of it', () => {
      const noAddress = email({ to: null });
      given([]).when(queue(noAddress)).then([queued(noAddress), failed(0, 'NO_ADDRESS', null, QUEUED_AT)]);
    });

    it('queues nothing again for an email failed for want of an address', () => {
      const noAddress = email({ to: null });
      given([queued(noAddress), failed(0, 'NO_ADDRESS', null, QUEUED_AT)]).when(queue(noAddress)).thenNothing();
    });

    it('keeps one stream per email', () => expect(emailStream(EMAIL)).toBe('email-email-1'));
  });

  describe('delivery', () => {
    it('records an email sent at the first attempt', () => given([queued()]).when(record(SENT)).then([sent(1)]));

    it('counts the attempts deferred before the one that sent it', () => given(deferredTimes(3)).when(record(SENT)).then([sent(4)]));

    it('fails an email the receiving server refuses for good, saying what it said', () =>
      given([queued()]).when(record(NO_SUCH_USER)).then([failed(1, 'REFUSED', '550 5.1.1 No such user')]));

    it('defers an email after a temporary failure, retrying it the delay later', () =>
      given([queued()])
        .when(record(BUSY, AT, 0.5))
        .then([deferred(1, plus(AT, retryDelayMs(1, 0.5)))]));

    it('retries the first temporary failure between 15 and 30 seconds later', () => {
      given([queued()]).when(record(BUSY, AT, 0)).then([deferred(1, '2026-03-05T10:00:15.000Z')]);
      given([queued()]).when(record(BUSY, AT, 0.999_999)).then([deferred(1, '2026-03-05T10:00:30.000Z')]);
    });

    it('defers the attempt before the last', () =>
      given(deferredTimes(MAX_ATTEMPTS - 2))
        .when(record(BUSY))
        .then([deferred(MAX_ATTEMPTS - 1, plus(AT, retryDelayMs(MAX_ATTEMPTS - 1, 0)))]));

    it(`gives up after ${MAX_ATTEMPTS} attempts failed for a while`, () =>
      given(deferredTimes(MAX_ATTEMPTS - 1))
        .when(record(BUSY))
        .then([failed(MAX_ATTEMPTS, 'GAVE_UP', BUSY.detail)]));

    it('still sends at the last attempt', () => given(deferredTimes(MAX_ATTEMPTS - 1)).when(record(SENT)).then([sent(MAX_ATTEMPTS)]));

    it.each<[string, EmailEvent[]]>([
      ['sent', [queued(), sent(1)]],
      ['refused', [queued(), failed(1, 'REFUSED', NO_SUCH_USER.detail)]],
      ['given up', [...deferredTimes(MAX_ATTEMPTS - 1), failed(MAX_ATTEMPTS, 'GAVE_UP', BUSY.detail)]],
      ['failed for want of an address', [queued(email({ to: null })), failed(0, 'NO_ADDRESS', null, QUEUED_AT)]],
    ])('records no outcome arriving after the email was %s, a repeat', (_, history) => {
      given(history).when(record(SENT)).thenNothing();
      given(history).when(record(BUSY)).thenNothing();
      given(history).when(record(NO_SUCH_USER)).thenNothing();
    });

    it('records no outcome for an email never queued', () => given([]).when(record(SENT)).thenNothing());

    it('follows the email from queued to sent, counting attempts', () => {
      expect(fold(emailDecider, [])).toEqual({ status: 'NONE', attempts: 0, ownerId: null, dossierId: null, erased: false });
      expect(fold(emailDecider, deferredTimes(2))).toEqual({ status: 'QUEUED', attempts: 2, ownerId: OWNER, dossierId: DOSSIER, erased: false });
      expect(fold(emailDecider, [...deferredTimes(2), sent(3)])).toEqual({ status: 'SENT', attempts: 3, ownerId: OWNER, dossierId: DOSSIER, erased: false });
      expect(fold(emailDecider, [queued(), failed(1, 'REFUSED', NO_SUCH_USER.detail)])).toEqual({ status: 'FAILED', attempts: 1, ownerId: OWNER, dossierId: DOSSIER, erased: false });
    });
  });

  describe('once the guest of its file is erased', () => {
    const erase = command('EraseEmail', { emailId: EMAIL, dossierId: DOSSIER, at: AT });
    const erased = event('EmailErased', { emailId: EMAIL, dossierId: DOSSIER, erasedAt: AT });

    it('records it on an email sent or failed', () => {
      given([queued(), sent(1)]).when(erase).then([erased]);
      given([queued(), failed(1, 'REFUSED', NO_SUCH_USER.detail)]).when(erase).then([erased]);
    });

    it('fails an email still waiting, as one without an address, and sends it no more', () => {
      given(deferredTimes(2)).when(erase).then([failed(2, 'NO_ADDRESS', null), erased]);
      given([...deferredTimes(2), failed(2, 'NO_ADDRESS', null), erased]).when(record(SENT)).thenNothing();
    });

    it('records it once, and nothing for an email never queued', () => {
      given([queued(), sent(1), erased]).when(erase).thenNothing();
      given([]).when(erase).thenNothing();
    });
  });

  describe('the delay before a retry', () => {
    const longest = (attempt: number) => retryDelayMs(attempt, 0.999_999_9);

    it.each<[number, number]>([
      [1, 30 * SECOND],
      [2, MINUTE],
      [3, 2 * MINUTE],
      [4, 4 * MINUTE],
      [5, 8 * MINUTE],
      [6, 16 * MINUTE],
      [7, 32 * MINUTE],
    ])('doubles from 30 seconds: after attempt %i, at most %i ms', (attempt, full) => {
      expect(longest(attempt)).toBe(full);
      expect(retryDelayMs(attempt, 0)).toBe(full / 2);
    });

    it.each([8, 9, MAX_ATTEMPTS - 1, 100, 10_000])('never waits more than an hour, even after attempt %i', (attempt) => {
      expect(longest(attempt)).toBe(HOUR);
      expect(retryDelayMs(attempt, 0)).toBe(HOUR / 2);
    });

    it.each([1, 2, 5, 8, MAX_ATTEMPTS - 1])('spreads retries after attempt %i between half and all of the delay', (attempt) => {
      const full = longest(attempt);
      for (const jitter of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999_999]) {
        const delay = retryDelayMs(attempt, jitter);
        expect(delay).toBeGreaterThanOrEqual(full / 2);
        expect(delay).toBeLessThanOrEqual(full);
      }
    });

    it('waits longer for a larger jitter', () => expect(retryDelayMs(3, 0.2)).toBeLessThan(retryDelayMs(3, 0.8)));

    it('tries for about a day before giving up: from eleven hours, all jitters low, to a day, all high', () => {
      const attempts = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => i + 1);
      const shortest = attempts.reduce((total, attempt) => total + retryDelayMs(attempt, 0), 0);
      const longestTotal = attempts.reduce((total, attempt) => total + longest(attempt), 0);
      expect(shortest).toBeGreaterThanOrEqual(11 * HOUR);
      expect(longestTotal).toBeLessThanOrEqual(24 * HOUR);
    });
  });
});

describe('The email event contract', () => {
  const codec = emailEvents;

  /** Events as the decider writes them, with every nullable value both set and empty. */
  const samples: EmailEvent[] = [
    queued(),
    queued(email({ dossierId: null, kind: 'OWNER_NEW_BOOKING', lang: 'EN', recipient: 'OWNER', copy: true, to: null, replyTo: null, attachment: null })),
    deferred(1, '2026-03-05T10:00:22.500Z'),
    sent(2),
    failed(0, 'NO_ADDRESS', null, QUEUED_AT),
    failed(1, 'REFUSED', NO_SUCH_USER.detail),
    event('EmailSent', { emailId: EMAIL, ownerId: null, dossierId: null, attempt: 1, sentAt: AT, response: SENT.response }),
    event('EmailErased', { emailId: EMAIL, dossierId: DOSSIER, erasedAt: AT }),
  ];

  itKeepsTheEventContract(codec, samples);

  it('refuses an attachment without its size', () => {
    const attachment = { filename: 'contrat-42.pdf', contentType: 'application/pdf', blobId: 'c0ffee'.repeat(10) + 'c0ff' };
    expectUnreadable(() => codec.decode({ type: 'EmailQueued', schemaVersion: 1, data: { ...email(), attachment } }), 'EmailQueued');
  });

  it('refuses a failure for a reason it does not know', () =>
    expectUnreadable(() => codec.decode({ type: 'EmailFailed', schemaVersion: 1, data: { emailId: EMAIL, attempt: 1, reason: 'BOUNCED', detail: null, failedAt: AT } }), 'EmailFailed'));

  it('refuses a version newer than the code, rather than guess at its shape', () => expectUnreadable(() => codec.decode({ ...storedAs(sent(1)), schemaVersion: 3 }), 'EmailSent'));

  it('reads the outcomes stored before they named their file (v1) as about none', () => {
    const v1 = { emailId: EMAIL, attempt: 1, sentAt: AT, response: SENT.response };
    expect(codec.decode({ type: 'EmailSent', schemaVersion: 1, data: v1 }).data).toEqual({ ...v1, ownerId: null, dossierId: null });
    const deferredV1 = { emailId: EMAIL, attempt: 1, detail: BUSY.detail, retryAt: AT };
    expect(codec.decode({ type: 'EmailDeferred', schemaVersion: 1, data: deferredV1 }).data).toEqual({ ...deferredV1, ownerId: null, dossierId: null });
    const failedV1 = { emailId: EMAIL, attempt: 1, reason: 'REFUSED', detail: NO_SUCH_USER.detail, failedAt: AT };
    expect(codec.decode({ type: 'EmailFailed', schemaVersion: 1, data: failedV1 }).data).toEqual({ ...failedV1, ownerId: null, dossierId: null });
  });

  it('refuses a type its stream never holds, such as another stream’s', () => expectUnreadable(() => codec.decode({ type: 'EmailSettingsSet', schemaVersion: 1, data: {} }), 'EmailSettingsSet'));
});
