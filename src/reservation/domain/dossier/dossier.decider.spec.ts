import { givenDecider } from '../../../../test/support/decider-spec';
import { expectUnreadable, storedAs } from '../../../../test/support/event-contract-spec';
import { guest } from '../../../../test/support/reservation-fixtures';
import { fold } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import type { DossierStatus, DossierStay, GlobalSupplement, ReceivedPayment } from './dossier';
import { dossierDecider, dossierStream, type DossierCommand, type DossierEvent } from './dossier.decider';
import { dossierEvents, type DossierOpened } from './dossier.events';
import { AccommodationAlreadyInDossier, DossierErased, DossierNotFound, GuestErasureRefused, LifecycleForbids } from './dossier.errors';
import { ANONYMOUS_GUEST } from './guest-erasure';
import type { Guest } from './guest';

const ID = 'dossier-1';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const GITE = 'acc-gite';
const STUDIO = 'acc-studio';

const given = givenDecider(dossierDecider);

const GUEST = guest({ civility: 'Mme', firstName: 'Claire', email: 'claire.martin@example.fr' });
/** The same guest as the owner corrected her: a new address, her mobile, a typo in her email mended. */
const CORRECTED = guest({ civility: 'Mme', firstName: 'Claire', address: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', phone1: '06 12 34 56 78', email: 'claire.martin@example.com' });

/** A week whose price is `accommodationCents` plus a 5 € cleaning supplement. */
const stayIn = (accommodationId: string, accommodationCents: number, overrides: Partial<DossierStay> = {}): DossierStay => ({
  stayId: `stay-${accommodationId}`,
  holdId: `hold-${accommodationId}`,
  accommodationId,
  arrival: '2026-07-04',
  departure: '2026-07-11',
  occupants: [{ ageRangeId: 'age-adults', count: 2 }],
  optionalSupplementIds: [],
  pricing: {
    accommodationPrice: euros(accommodationCents),
    overridden: false,
    discounts: [],
    supplements: [{ supplementId: 'sup-cleaning', label: { fr: 'Ménage', en: 'Cleaning' }, amount: euros(500) }],
    touristTax: euros(0),
  },
  ...overrides,
});

// The manual's first worked figures: 250 € + 5 € = 255 €, a deposit of 62.50 €, a balance of 192.50 €.
const GITE_STAY = stayIn(GITE, 25_000);
const STUDIO_STAY = stayIn(STUDIO, 35_000);

const OPENING: DossierOpened = {
  dossierId: ID,
  ownerId: OWNER,
  createdAt: '2026-03-01T09:30:00.000Z',
  timeZone: 'Europe/Paris',
  origin: 'BACK_OFFICE',
  destinationId: null,
  guest: GUEST,
  stays: [GITE_STAY],
  note: null,
  internalNote: null,
  promoCode: null,
  deposit: { kind: 'ACOMPTE', percent: 25, dueDate: '2026-03-11' },
  balanceDueDate: '2026-07-04',
};

const payment = (paymentId: string, cents: number, note: string | null = null): ReceivedPayment => ({ paymentId, date: '2026-03-05', method: 'TRANSFER', amount: euros(cents), note });
const DEPOSIT = payment('pay-deposit', 6_250);
const BALANCE = payment('pay-balance', 19_250);
const CANCELLATION_FEES: GlobalSupplement = { supplementId: 'sup-fees', label: 'Frais d’annulation', amount: euros(3_000) };

const open = (data: DossierOpened = OPENING): DossierCommand => command('OpenDossier', data);
const numberDossier = (number: number, ownerId = OWNER): DossierCommand => command('NumberDossier', { dossierId: ID, ownerId, number });
/** The file's due dates as opened: a change that keeps the first arrival keeps them. */
const SAME_DUE_DATES = { depositDueDate: OPENING.deposit.dueDate, balanceDueDate: OPENING.balanceDueDate };
const addStay = (stay: DossierStay, ownerId = OWNER, dueDates = SAME_DUE_DATES): DossierCommand => command('AddStay', { dossierId: ID, ownerId, stay, dueDates });
const changeStays = (stays: DossierStay[], ownerId = OWNER, dueDates = SAME_DUE_DATES): DossierCommand => command('ChangeStays', { dossierId: ID, ownerId, stays, dueDates });
const addGlobalSupplement = (supplement: GlobalSupplement, ownerId = OWNER): DossierCommand => command('AddGlobalSupplement', { dossierId: ID, ownerId, supplement });
const setNotes = (note: string | null | undefined, internalNote: string | null | undefined, ownerId = OWNER): DossierCommand =>
  command('SetDossierNotes', { dossierId: ID, ownerId, note, internalNote });
const changeGuest = (newGuest: Guest, ownerId = OWNER): DossierCommand => command('ChangeGuest', { dossierId: ID, ownerId, guest: newGuest });
const markContractSigned = (ownerId = OWNER): DossierCommand => command('MarkContractSigned', { dossierId: ID, ownerId });
const confirm = (ownerId = OWNER): DossierCommand => command('ConfirmDossier', { dossierId: ID, ownerId });
const receivePayment = (received: ReceivedPayment, ownerId = OWNER): DossierCommand => command('ReceivePayment', { dossierId: ID, ownerId, payment: received });
const cancel = (reason: string | null = 'Guest withdrew', ownerId = OWNER): DossierCommand => command('CancelDossier', { dossierId: ID, ownerId, reason, cancelledAt: '2026-04-02T08:00:00.000Z', by: 'GUEST' as const });
const deleteDossier = (ownerId = OWNER): DossierCommand => command('DeleteDossier', { dossierId: ID, ownerId });

const addressed = { dossierId: ID, ownerId: OWNER };
const opened = (data: DossierOpened = OPENING): DossierEvent => event('DossierOpened', data);
const numbered = (number: number): DossierEvent => event('DossierNumbered', { ...addressed, number });
const stayAdded = (stay: DossierStay): DossierEvent => event('StayAdded', { ...addressed, stay });
const stayChanged = (stay: DossierStay, previous: DossierStay): DossierEvent => event('StayChanged', { ...addressed, stay, previous });
const supplementAdded = (supplement: GlobalSupplement): DossierEvent => event('GlobalSupplementAdded', { ...addressed, supplement });
const notesSet = (note: string | null, internalNote: string | null): DossierEvent => event('DossierNotesSet', { ...addressed, note, internalNote });
const guestChanged = (newGuest: Guest, previous: Guest = GUEST): DossierEvent => event('GuestChanged', { ...addressed, guest: newGuest, previous });
const contractSigned = (): DossierEvent => event('ContractSigned', addressed);
const confirmed = (): DossierEvent => event('DossierConfirmed', addressed);
const paymentReceived = (received: ReceivedPayment): DossierEvent => event('PaymentReceived', { ...addressed, payment: received });
const cancelled = (reason: string | null = 'Guest withdrew'): DossierEvent => event('DossierCancelled', { ...addressed, reason, cancelledAt: '2026-04-02T08:00:00.000Z', by: 'GUEST' as const });
const deleted = (holdIds: string[]): DossierEvent => event('DossierDeleted', { ...addressed, holdIds });
const statusChanged = (from: DossierStatus, to: DossierStatus): DossierEvent => event('DossierStatusChanged', { ...addressed, from, to });

const AN_OPTION: DossierEvent[] = [opened()];
const A_CONFIRMED_FILE: DossierEvent[] = [...AN_OPTION, paymentReceived(DEPOSIT), statusChanged('OPTION', 'CONFIRMED')];
const A_PAID_FILE: DossierEvent[] = [...A_CONFIRMED_FILE, paymentReceived(BALANCE), statusChanged('CONFIRMED', 'PAID')];
const A_CANCELLED_FILE: DossierEvent[] = [...AN_OPTION, cancelled(), statusChanged('OPTION', 'CANCELLED')];
const A_DELETED_FILE: DossierEvent[] = [...AN_OPTION, deleted([GITE_STAY.holdId])];

const stateAfter = (history: DossierEvent[]) => fold(dossierDecider, history);

describe('Booking file', () => {
  describe('opening', () => {
    it('opens a file as an option with no number yet', () => {
      given([]).when(open()).then([opened()]);
      expect(stateAfter([opened()])).toMatchObject({ status: 'OPTION', number: null, payments: [], cancellation: null, deleted: false });
    });

    it('records nothing when the same opening is retried', () => given(AN_OPTION).when(open()).thenNothing());

    it('refuses another opening under an id that is taken', () =>
      given(AN_OPTION)
        .when(open({ ...OPENING, createdAt: '2026-03-02T10:00:00.000Z' }))
        .thenThrows(Conflict, { code: 'CONFLICT', message: `Booking file ${ID} already exists` }));

    it('refuses another owner’s opening under an id that is taken', () =>
      given(AN_OPTION).when(open({ ...OPENING, ownerId: INTRUDER })).thenThrows(Conflict, { code: 'CONFLICT' }));
  });

  describe('numbering', () => {
    it('writes the owner’s number on the file', () => given(AN_OPTION).when(numberDossier(7)).then([numbered(7)]));

    it('records nothing when the same number is written again, as a recovery does', () => given([...AN_OPTION, numbered(7)]).when(numberDossier(7)).thenNothing());

    it('refuses a second, different number', () =>
      given([...AN_OPTION, numbered(7)]).when(numberDossier(8)).thenThrows(Conflict, { code: 'CONFLICT', message: `Booking file ${ID} already has number 7` }));

    it('keeps the number on the file', () => expect(stateAfter([...AN_OPTION, numbered(7)])?.number).toBe(7));
  });

  describe('adding a stay', () => {
    it('adds a stay on another accommodation', () => given(AN_OPTION).when(addStay(STUDIO_STAY)).then([stayAdded(STUDIO_STAY)]));

    it('records nothing when the same stay is added again', () => given([...AN_OPTION, stayAdded(STUDIO_STAY)]).when(addStay(STUDIO_STAY)).thenNothing());

    it('refuses a second stay on an accommodation the file already has', () =>
      given(AN_OPTION)
        .when(addStay(stayIn(GITE, 30_000, { stayId: 'stay-second', holdId: 'hold-second', arrival: '2026-08-01', departure: '2026-08-08' })))
        .thenThrows(AccommodationAlreadyInDossier, { code: 'CONFLICT', field: 'input.accommodationId' }));

    it('refuses a stay on a cancelled file', () =>
      given(A_CANCELLED_FILE).when(addStay(STUDIO_STAY)).thenThrows(LifecycleForbids, { code: 'CONFLICT', message: 'A cancelled booking file cannot be given another stay' }));

    it('makes a paid file confirmed again, its total having grown', () =>
      given(A_PAID_FILE).when(addStay(STUDIO_STAY)).then([stayAdded(STUDIO_STAY), statusChanged('PAID', 'CONFIRMED')]));
  });

  describe('changing stays', () => {
    const longer = { ...GITE_STAY, holdId: 'hold-gite-2', departure: '2026-07-14' };

    it('records nothing when the stays are unchanged', () => given(AN_OPTION).when(changeStays([GITE_STAY])).thenNothing());

    it('records the new stay with the one it replaces', () => given(AN_OPTION).when(changeStays([longer])).then([stayChanged(longer, GITE_STAY)]));

    it('records only the stays that changed', () =>
      given([...AN_OPTION, stayAdded(STUDIO_STAY)]).when(changeStays([longer, STUDIO_STAY])).then([stayChanged(longer, GITE_STAY)]));

    it('refuses a stay the file does not have', () =>
      given(AN_OPTION).when(changeStays([STUDIO_STAY])).thenThrows(Conflict, { code: 'CONFLICT', message: `Booking file ${ID} has no stay ${STUDIO_STAY.stayId}` }));

    it('refuses to change a cancelled file', () =>
      given(A_CANCELLED_FILE).when(changeStays([longer])).thenThrows(LifecycleForbids, { message: 'A cancelled booking file cannot be changed' }));

    it('makes a paid file confirmed again when its price rises', () => {
      const dearer = stayIn(GITE, 30_000);
      given(A_PAID_FILE).when(changeStays([dearer])).then([stayChanged(dearer, GITE_STAY), statusChanged('PAID', 'CONFIRMED')]);
    });

    it('makes a confirmed file paid when its price falls to what was paid', () => {
      const cheaper = stayIn(GITE, 5_750);
      given(A_CONFIRMED_FILE).when(changeStays([cheaper])).then([stayChanged(cheaper, GITE_STAY), statusChanged('CONFIRMED', 'PAID')]);
    });

    it('holds the changed stay in place of the old one', () => expect(stateAfter([...AN_OPTION, stayChanged(longer, GITE_STAY)])?.stays).toEqual([longer]));

    it('moves the due dates with the stays, so a balance due on arrival follows the new arrival', () => {
      const earlier = { ...GITE_STAY, holdId: 'hold-gite-3', arrival: '2026-06-20', departure: '2026-06-27' };
      const moved = { depositDueDate: '2026-03-11', balanceDueDate: '2026-06-20' };
      given(AN_OPTION)
        .when(changeStays([earlier], OWNER, moved))
        .then([stayChanged(earlier, GITE_STAY), event('DueDatesMoved', { dossierId: ID, ownerId: OWNER, ...moved })]);
      expect(stateAfter([...AN_OPTION, event('DueDatesMoved', { dossierId: ID, ownerId: OWNER, ...moved })])).toMatchObject({ deposit: { dueDate: '2026-03-11' }, balanceDueDate: '2026-06-20' });
    });
  });

  describe('confirming by hand', () => {
    it('confirms an option, saying its status moved', () => given(AN_OPTION).when(confirm()).then([confirmed(), statusChanged('OPTION', 'CONFIRMED')]));

    it('records nothing for a file already confirmed by a payment', () => given(A_CONFIRMED_FILE).when(confirm()).thenNothing());

    it('records nothing for a file already confirmed by hand', () => given([...AN_OPTION, confirmed(), statusChanged('OPTION', 'CONFIRMED')]).when(confirm()).thenNothing());

    it('records nothing for a paid file', () => given(A_PAID_FILE).when(confirm()).thenNothing());

    it('refuses to confirm a cancelled file', () =>
      given(A_CANCELLED_FILE).when(confirm()).thenThrows(LifecycleForbids, { code: 'CONFLICT', message: 'A cancelled booking file cannot be confirmed' }));
  });

  describe('receiving payments', () => {
    it('confirms an option when its deposit arrives', () => given(AN_OPTION).when(receivePayment(DEPOSIT)).then([paymentReceived(DEPOSIT), statusChanged('OPTION', 'CONFIRMED')]));

    it('makes a confirmed file paid when the balance arrives', () =>
      given(A_CONFIRMED_FILE).when(receivePayment(BALANCE)).then([paymentReceived(BALANCE), statusChanged('CONFIRMED', 'PAID')]));

    it('takes an option straight to paid when one payment covers the total', () => {
      const whole = payment('pay-whole', 25_500);
      given(AN_OPTION).when(receivePayment(whole)).then([paymentReceived(whole), statusChanged('OPTION', 'PAID')]);
    });

    it('keeps a confirmed file confirmed while a balance is left', () => {
      const part = payment('pay-part', 10_000);
      given(A_CONFIRMED_FILE).when(receivePayment(part)).then([paymentReceived(part)]);
    });

    it('takes a paid file back to confirmed when a refund is made', () => {
      const refund = payment('pay-refund', -1_000, 'Late arrival');
      given(A_PAID_FILE).when(receivePayment(refund)).then([paymentReceived(refund), statusChanged('PAID', 'CONFIRMED')]);
    });

    it('records nothing when the same payment arrives twice', () => given(A_CONFIRMED_FILE).when(receivePayment(DEPOSIT)).thenNothing());

    it('records a payment on a cancelled file, which stays cancelled', () => given(A_CANCELLED_FILE).when(receivePayment(DEPOSIT)).then([paymentReceived(DEPOSIT)]));
  });

  describe('global supplements', () => {
    it('adds a free line to an option', () => given(AN_OPTION).when(addGlobalSupplement(CANCELLATION_FEES)).then([supplementAdded(CANCELLATION_FEES)]));

    it('records nothing when the same line is added again', () => given([...AN_OPTION, supplementAdded(CANCELLATION_FEES)]).when(addGlobalSupplement(CANCELLATION_FEES)).thenNothing());

    it('takes a paid file back to confirmed, its total having grown', () =>
      given(A_PAID_FILE).when(addGlobalSupplement(CANCELLATION_FEES)).then([supplementAdded(CANCELLATION_FEES), statusChanged('PAID', 'CONFIRMED')]));

    it('adds cancellation fees to a cancelled file, which stays cancelled', () => {
      given(A_CANCELLED_FILE).when(addGlobalSupplement(CANCELLATION_FEES)).then([supplementAdded(CANCELLATION_FEES)]);
      expect(stateAfter([...A_CANCELLED_FILE, supplementAdded(CANCELLATION_FEES)])?.status).toBe('CANCELLED');
    });
  });

  describe('cancelling', () => {
    it.each([
      ['an option', AN_OPTION, 'OPTION'],
      ['a confirmed file', A_CONFIRMED_FILE, 'CONFIRMED'],
      ['a paid file', A_PAID_FILE, 'PAID'],
    ] as const)('cancels %s, saying its status moved', (_, history, from) =>
      given(history).when(cancel()).then([cancelled(), statusChanged(from, 'CANCELLED')]));

    it('records nothing when cancelling twice', () => given(A_CANCELLED_FILE).when(cancel('Changed my mind')).thenNothing());

    it('keeps the file, with why and when it was cancelled', () =>
      expect(stateAfter(A_CANCELLED_FILE)).toMatchObject({ status: 'CANCELLED', deleted: false, stays: [GITE_STAY], cancellation: { reason: 'Guest withdrew', at: '2026-04-02T08:00:00.000Z' } }));
  });

  describe('notes', () => {
    const NOTED: DossierEvent[] = [...AN_OPTION, notesSet('Keys at the bakery', 'Pays by cheque')];

    it('sets both notes', () => given(AN_OPTION).when(setNotes('Keys at the bakery', 'Pays by cheque')).then([notesSet('Keys at the bakery', 'Pays by cheque')]));

    it('keeps a note left undefined as it is', () => given(NOTED).when(setNotes(undefined, 'Pays by transfer')).then([notesSet('Keys at the bakery', 'Pays by transfer')]));

    it('clears a note set to null', () => given(NOTED).when(setNotes(null, undefined)).then([notesSet(null, 'Pays by cheque')]));

    it('records nothing when the notes are those already set', () => given(NOTED).when(setNotes('Keys at the bakery', undefined)).thenNothing());
  });

  describe('changing the guest', () => {
    it('replaces the guest, recording the one it replaces', () => given(AN_OPTION).when(changeGuest(CORRECTED)).then([guestChanged(CORRECTED)]));

    it('records nothing when the guest given is, field for field, the one the file has', () => given(AN_OPTION).when(changeGuest({ ...GUEST })).thenNothing());

    it('records a field cleared as a change', () => {
      const withoutEmail = { ...GUEST, email: null };
      given(AN_OPTION).when(changeGuest(withoutEmail)).then([guestChanged(withoutEmail)]);
    });

    it('records each correction against the guest it replaces', () =>
      given([...AN_OPTION, guestChanged(CORRECTED)]).when(changeGuest(GUEST)).then([guestChanged(GUEST, CORRECTED)]));

    it('moves no status: a paid file stays paid', () => given(A_PAID_FILE).when(changeGuest(CORRECTED)).then([guestChanged(CORRECTED)]));

    it('corrects the guest of a cancelled file, whose records the owner still keeps', () => {
      given(A_CANCELLED_FILE).when(changeGuest(CORRECTED)).then([guestChanged(CORRECTED)]);
      expect(stateAfter([...A_CANCELLED_FILE, guestChanged(CORRECTED)])).toMatchObject({ status: 'CANCELLED', guest: CORRECTED });
    });

    it('answers a file never opened as not found', () => given([]).when(changeGuest(CORRECTED)).thenThrows(DossierNotFound, { code: 'NOT_FOUND', field: 'id' }));

    it('holds the new guest', () => expect(stateAfter([...AN_OPTION, guestChanged(CORRECTED)])?.guest).toEqual(CORRECTED));

    it('stores the change as version 1 of GuestChanged, read back as it was written', () => {
      expect(dossierEvents.versionOf('GuestChanged')).toBe(1);
      expect(dossierEvents.decode(storedAs(guestChanged(CORRECTED)))).toEqual(guestChanged(CORRECTED));
    });

    it.each(['dossierId', 'ownerId', 'guest', 'previous'])('refuses a stored GuestChanged without its %s', (field) => {
      const data = Object.fromEntries(Object.entries(storedAs(guestChanged(CORRECTED)).data as object).filter(([key]) => key !== field));
      expectUnreadable(() => dossierEvents.decode({ type: 'GuestChanged', schemaVersion: 1, data }), 'GuestChanged');
    });
  });

  describe('signed contract', () => {
    it('records that the signed contract came back', () => given(AN_OPTION).when(markContractSigned()).then([contractSigned()]));

    it('records nothing when marked twice', () => given([...AN_OPTION, contractSigned()]).when(markContractSigned()).thenNothing());
  });

  describe('deleting', () => {
    it('deletes the file, carrying the holds of every stay so their nights can be freed', () =>
      given([...AN_OPTION, stayAdded(STUDIO_STAY)]).when(deleteDossier()).then([deleted([GITE_STAY.holdId, STUDIO_STAY.holdId])]));

    it('says no status moved when a file is deleted', () => given(A_PAID_FILE).when(deleteDossier()).then([deleted([GITE_STAY.holdId])]));

    it.each([
      ['numbering it', numberDossier(7)],
      ['adding a stay', addStay(STUDIO_STAY)],
      ['changing its stays', changeStays([GITE_STAY])],
      ['adding a global supplement', addGlobalSupplement(CANCELLATION_FEES)],
      ['setting its notes', setNotes('Hello', null)],
      ['changing its guest', changeGuest(CORRECTED)],
      ['marking its contract signed', markContractSigned()],
      ['confirming it', confirm()],
      ['cancelling it', cancel()],
      ['deleting it again', deleteDossier()],
    ])('answers a deleted file as not found when %s', (_, refused) =>
      given(A_DELETED_FILE).when(refused).thenThrows(DossierNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Booking file ${ID} was not found` }));

    it('still records a payment the ledger took for a deleted file, with no status', () => given(A_DELETED_FILE).when(receivePayment(DEPOSIT)).then([paymentReceived(DEPOSIT)]));
  });

  describe('ownership', () => {
    it.each([
      ['numbering', numberDossier(7, INTRUDER)],
      ['adding a stay', addStay(STUDIO_STAY, INTRUDER)],
      ['changing stays', changeStays([GITE_STAY], INTRUDER)],
      ['adding a global supplement', addGlobalSupplement(CANCELLATION_FEES, INTRUDER)],
      ['setting notes', setNotes('Hello', null, INTRUDER)],
      ['changing the guest', changeGuest(CORRECTED, INTRUDER)],
      ['marking the contract signed', markContractSigned(INTRUDER)],
      ['confirming', confirm(INTRUDER)],
      ['receiving a payment', receivePayment(DEPOSIT, INTRUDER)],
      ['cancelling', cancel('Mine now', INTRUDER)],
      ['deleting', deleteDossier(INTRUDER)],
    ])('treats %s by another owner as if the file did not exist', (_, refused) =>
      given(AN_OPTION).when(refused).thenThrows(DossierNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Booking file ${ID} was not found` }));

    it('answers a file never opened as not found', () => given([]).when(confirm()).thenThrows(DossierNotFound, { code: 'NOT_FOUND' }));
  });

  it('keeps one stream per file', () => expect(dossierStream(ID)).toBe('dossier-dossier-1'));

  describe('erasing the guest (RGPD)', () => {
    const AFTER_THE_STAY = '2026-07-12T09:00:00.000Z';
    const erase = (now = AFTER_THE_STAY, ownerId = OWNER): DossierCommand => command('EraseGuest', { dossierId: ID, ownerId, cause: 'REQUEST' as const, now });
    const erased = (now = AFTER_THE_STAY): DossierEvent => event('GuestErased', { ...addressed, cause: 'REQUEST' as const, erasedAt: now });
    const A_PAID_PAST_FILE: DossierEvent[] = [...A_PAID_FILE, notesSet('Arrive late, Claire’s dog', 'Pays by cheque')];

    it('erases the guest of a paid file whose stay is over', () => given(A_PAID_PAST_FILE).when(erase()).then([erased()]));

    it('leaves the file its figures, and nobody in it', () => {
      const before = fold(dossierDecider, A_PAID_PAST_FILE);
      const after = fold(dossierDecider, [...A_PAID_PAST_FILE, erased()]);
      if (before === null || after === null) throw new Error('the file was opened');
      expect(after).toMatchObject({ guest: ANONYMOUS_GUEST, note: null, internalNote: null, erased: true, status: 'PAID', stays: before.stays, number: before.number });
      expect(after.payments.map((p) => p.amount)).toEqual(before.payments.map((p) => p.amount));
    });

    it('refuses while the stay is to come, on the last night too', () => {
      given(A_PAID_PAST_FILE).when(erase('2026-07-01T09:00:00.000Z')).thenThrows(GuestErasureRefused, { code: 'CONFLICT', reason: 'STAY_TO_COME' });
      // 10 July 23:30 in Paris is still the night before the 11th's departure.
      given(A_PAID_PAST_FILE).when(erase('2026-07-10T21:30:00.000Z')).thenThrows(GuestErasureRefused, { reason: 'STAY_TO_COME' });
    });

    it('refuses while the guest owes money, or is owed some', () => {
      given(A_CONFIRMED_FILE).when(erase()).thenThrows(GuestErasureRefused, { code: 'CONFLICT', reason: 'MONEY_OWED' });
      given([...A_PAID_FILE, paymentReceived(payment('pay-twice', 1_000))]).when(erase()).thenThrows(GuestErasureRefused, { reason: 'MONEY_OWED' });
    });

    it('erases a cancelled file once nothing is owed either way, whatever its dates', () => {
      const byOwner = event('DossierCancelled', { ...addressed, reason: 'Roof repairs', cancelledAt: '2026-04-02T08:00:00.000Z', by: 'OWNER' as const });
      given([...AN_OPTION, byOwner, statusChanged('OPTION', 'CANCELLED')]).when(erase('2026-04-03T09:00:00.000Z')).then([erased('2026-04-03T09:00:00.000Z')]);
    });

    it('keeps a guest who owes the rest of an acompte until the owner can no longer claim it, two years on', () => {
      // An acompte: the guest who gave up still owes the price.
      const owing = [...A_CONFIRMED_FILE, cancelled(), statusChanged('CONFIRMED', 'CANCELLED')];
      given(owing).when(erase()).thenThrows(GuestErasureRefused, { reason: 'MONEY_OWED' });
      given(owing).when(erase('2028-04-01T09:00:00.000Z')).thenThrows(GuestErasureRefused, { reason: 'MONEY_OWED' });
      given(owing).when(erase('2028-04-02T09:00:00.000Z')).then([erased('2028-04-02T09:00:00.000Z')]);
    });

    it('keeps a guest the owner owes money to, however long ago', () =>
      given([...A_PAID_FILE, paymentReceived(payment('pay-twice', 1_000))]).when(erase('2036-01-01T09:00:00.000Z')).thenThrows(GuestErasureRefused, { reason: 'MONEY_OWED' }));

    it('erases the guest of a deleted file too: its events still hold them', () => given(A_DELETED_FILE).when(erase()).then([erased()]));

    it('erases once: asked again, it records nothing', () => given([...A_PAID_PAST_FILE, erased()]).when(erase()).thenNothing());

    it('refuses any change to an erased file, but records money the ledger received', () => {
      const ERASED = [...A_PAID_PAST_FILE, erased()];
      given(ERASED).when(changeGuest(CORRECTED)).thenThrows(DossierErased, { code: 'CONFLICT', reason: 'GUEST_ERASED' });
      given(ERASED).when(setNotes('Back next year', undefined)).thenThrows(DossierErased);
      given(ERASED).when(receivePayment(payment('pay-late', -500))).then([paymentReceived(payment('pay-late', -500)), statusChanged('PAID', 'CONFIRMED')]);
    });

    it('answers another owner as if the file did not exist', () => given(A_PAID_PAST_FILE).when(erase(AFTER_THE_STAY, INTRUDER)).thenThrows(DossierNotFound));
  });
});
