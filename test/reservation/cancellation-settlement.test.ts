import { UnpaidOptionsRelease } from '../../src/reservation/application/unpaid-options-release';
import { ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

const DAY = 24 * 3_600_000;

const SETTLEMENT = `by depositKind price { cents currency } deposit { cents } received { cents } refunded { cents } ownerKeeps { cents }
  owedToGuest { cents } compensation { cents } stillToRefund { cents } guestStillOwes { cents } damagesMayBeOwed explanationFr explanationEn`;
const FILE = `id status cancellationReason cancelledBy deposit { kind amount { cents } } cancellationSettlement { ${SETTLEMENT} }`;
const CANCEL = `mutation($id: ID!, $reason: String, $by: CancellingParty) { cancelDossier(id: $id, reason: $reason, by: $by) { ${FILE} } }`;
const PAY = `mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { ${FILE} } }`;
const GET = `query($id: ID!) { dossier(id: $id) { ${FILE} } }`;

interface Settlement {
  by: string;
  depositKind: string;
  price: { cents: number; currency: string };
  deposit: { cents: number };
  received: { cents: number };
  refunded: { cents: number };
  ownerKeeps: { cents: number };
  owedToGuest: { cents: number };
  compensation: { cents: number };
  stillToRefund: { cents: number };
  guestStillOwes: { cents: number };
  damagesMayBeOwed: boolean;
  explanationFr: string;
  explanationEn: string;
}

interface File {
  id: string;
  status: string;
  cancellationReason: string | null;
  cancelledBy: string | null;
  deposit: { kind: string; amount: { cents: number } };
  cancellationSettlement: Settlement | null;
}

/** The settlement's amounts in cents, its texts left out. */
const figures = ({ by, depositKind, price, deposit, received, refunded, ownerKeeps, owedToGuest, compensation, stillToRefund, guestStillOwes, damagesMayBeOwed }: Settlement) => ({
  by,
  depositKind,
  price: price.cents,
  deposit: deposit.cents,
  received: received.cents,
  refunded: refunded.cents,
  ownerKeeps: ownerKeeps.cents,
  owedToGuest: owedToGuest.cents,
  compensation: compensation.cents,
  stillToRefund: stillToRefund.cents,
  guestStillOwes: guestStillOwes.cents,
  damagesMayBeOwed,
});

/**
 * Who gave up a stay, said when the file is cancelled, and what the deposit's law then makes of its
 * money (Code de la consommation, L214-1), over GraphQL. Every file is a week at 1,000.00 € with a
 * deposit of 25 %: 250.00 €, as arrhes or as an acompte after the owner's deposit policy.
 */
describe('settling a cancelled file by who gave up the stay', () => {
  // Later than any stay other files of the database hold, so that releasing this run's unpaid options touches none of theirs.
  const clock = new ManualClock(new Date('2035-01-10T08:00:00Z'));
  let t: TestApp;
  let arrhes: OwnerWithGite;
  let acompte: OwnerWithGite;
  let nextWeek = 0;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    [arrhes, acompte] = await Promise.all([ownerWithGite(t), ownerWithGite(t)]);
    await ok(arrhes, 'mutation($input: DepositPolicyInput!) { setDepositPolicy(input: $input) { kind } }', { input: { kind: 'ARRHES', defaultPercent: 25, acceptedPaymentMethods: ['TRANSFER'] } });
  });
  afterAll(() => t.close());

  async function ok<T = File>(owner: OwnerWithGite, document: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await t.gql<Record<string, T>>(document, variables, owner.owner.token);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return Object.values(answer.data)[0];
  }
  /** A week of its own on the owner's gîte, from a Saturday of July 2035 on. */
  const open = (owner: OwnerWithGite) => {
    const arrival = new Date(Date.UTC(2035, 6, 7 + 7 * nextWeek++));
    const departure = new Date(arrival.getTime() + 7 * DAY);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return ok(owner, 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', {
      input: { accommodationId: owner.accommodationId, arrival: day(arrival), departure: day(departure), occupants: [{ ageRangeId: owner.adults, count: 2 }], price: 100_000, guest: { lastName: 'Martin' } },
    });
  };
  const pay = (owner: OwnerWithGite, id: string, cents: number) => ok(owner, PAY, { id, input: { date: '2035-01-12', method: 'TRANSFER', cents, ...(cents < 0 && { note: 'Remboursement après annulation' }) } });
  const cancel = (owner: OwnerWithGite, id: string, by?: string) => ok(owner, CANCEL, { id, reason: 'Empêchement', by });
  const read = (owner: OwnerWithGite, id: string) => ok(owner, GET, { id });
  /** A file whose deposit was paid, given up by `by`. */
  const paidThenCancelled = async (owner: OwnerWithGite, by?: string) => {
    const { id } = await open(owner);
    await pay(owner, id, 25_000);
    return cancel(owner, id, by);
  };
  const settlementOf = (file: File): Settlement => {
    if (file.cancellationSettlement === null) throw new Error(`file ${file.id} shows no settlement`);
    return file.cancellationSettlement;
  };

  describe('with arrhes', () => {
    it('lets the owner keep the arrhes of a guest who gives up, nothing left to refund, and says so in French and English figures', async () => {
      const file = await paidThenCancelled(arrhes, 'GUEST');
      expect(file).toMatchObject({ status: 'CANCELLED', cancelledBy: 'GUEST', deposit: { kind: 'ARRHES', amount: { cents: 25_000 } } });
      const settlement = settlementOf(file);
      expect(figures(settlement)).toEqual({
        by: 'GUEST',
        depositKind: 'ARRHES',
        price: 100_000,
        deposit: 25_000,
        received: 25_000,
        refunded: 0,
        ownerKeeps: 25_000,
        owedToGuest: 0,
        compensation: 0,
        stillToRefund: 0,
        guestStillOwes: 0,
        damagesMayBeOwed: false,
      });
      expect(settlement.price.currency).toBe('EUR');
      expect(settlement.explanationFr).toMatch(/arrhes.*\(250,00\s€\)/);
      expect(settlement.explanationEn).toMatch(/arrhes.*\(€250\.00\)/);
    });

    it('has the owner who gives up pay back twice the arrhes: a refund of what came, and the arrhes again beside the ledger', async () => {
      const file = await paidThenCancelled(arrhes, 'OWNER');
      const settlement = settlementOf(file);
      expect(figures(settlement)).toMatchObject({ by: 'OWNER', ownerKeeps: 0, owedToGuest: 50_000, compensation: 25_000, stillToRefund: 25_000, guestStillOwes: 0, damagesMayBeOwed: false });
      expect(settlement.explanationFr).toMatch(/double des arrhes.*500,00\s€/);
      expect(settlement.explanationEn).toMatch(/arrhes received a second time.*€500\.00/);
    });

    it('is refunded once the money received went back; the ledger refuses to refund more than came', async () => {
      const { id } = await paidThenCancelled(arrhes, 'OWNER');
      expect(figures(settlementOf(await pay(arrhes, id, -25_000)))).toMatchObject({ refunded: 25_000, owedToGuest: 50_000, compensation: 25_000, stillToRefund: 0 });
      const beyond = await t.gql(PAY, { id, input: { date: '2035-01-12', method: 'TRANSFER', cents: -25_000, note: 'Arrhes restituées au double' } }, arrhes.owner.token);
      expect(beyond.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('with an acompte', () => {
    it('leaves the guest who gives up owing the rest of the agreed price', async () => {
      const settlement = settlementOf(await paidThenCancelled(acompte, 'GUEST'));
      expect(figures(settlement)).toMatchObject({ by: 'GUEST', depositKind: 'ACOMPTE', price: 100_000, received: 25_000, ownerKeeps: 25_000, owedToGuest: 0, stillToRefund: 0, guestStillOwes: 75_000, damagesMayBeOwed: false });
      expect(settlement.explanationFr).toMatch(/1\s000,00\s€.*750,00\s€/);
      expect(settlement.explanationEn).toMatch(/€1,000\.00.*€750\.00/);
    });

    it('has the owner who gives up refund everything paid, and may owe damages besides', async () => {
      const settlement = settlementOf(await paidThenCancelled(acompte, 'OWNER'));
      expect(figures(settlement)).toMatchObject({ by: 'OWNER', depositKind: 'ACOMPTE', ownerKeeps: 0, owedToGuest: 25_000, stillToRefund: 25_000, guestStillOwes: 0, damagesMayBeOwed: true });
    });
  });

  describe('who gave up the stay', () => {
    it('is unsaid when the cancellation does not say it, and the file then shows no settlement, as before', async () => {
      const file = await paidThenCancelled(arrhes);
      expect(file).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Empêchement', cancelledBy: null, cancellationSettlement: null });
    });

    it('stays as the first cancellation said it: cancelling again changes nothing', async () => {
      const first = await paidThenCancelled(arrhes, 'OWNER');
      expect(await cancel(arrhes, first.id, 'GUEST')).toEqual(first);
      const unsaid = await paidThenCancelled(arrhes);
      expect(await cancel(arrhes, unsaid.id, 'OWNER')).toEqual(unsaid);
    });

    it('is GUEST or OWNER, any other value refused before the file is touched', async () => {
      const { id } = await open(arrhes);
      const before = await read(arrhes, id);
      const code = (answer: GraphqlAnswer) => answer.errors?.[0].extensions?.code;
      expect(code(await t.gql('mutation($id: ID!) { cancelDossier(id: $id, by: NOBODY) { id } }', { id }, arrhes.owner.token))).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(code(await t.gql(CANCEL, { id, by: 'NOBODY' }, arrhes.owner.token))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(CANCEL, { id, by: 'guest' }, arrhes.owner.token))).toBe('BAD_USER_INPUT');
      expect(await read(arrhes, id)).toEqual(before);
    });

    it('is stored with the cancellation, at version 2 of its shape', async () => {
      const { id } = await paidThenCancelled(arrhes, 'GUEST');
      const history = await ok<{ type: string; schemaVersion: number; data: Record<string, unknown> }[]>(arrhes, 'query($id: ID!) { dossierHistory(id: $id) { type schemaVersion data } }', { id });
      expect(history.filter((e) => e.type === 'DossierCancelled')).toEqual([{ type: 'DossierCancelled', schemaVersion: 2, data: expect.objectContaining({ reason: 'Empêchement', by: 'GUEST' }) }]);
    });

    it("cannot be said by another owner: their cancellation is refused as for a file that does not exist, and the file is left as it was", async () => {
      const { id } = await open(arrhes);
      const before = await read(arrhes, id);
      const answer = await t.gql(CANCEL, { id, by: 'OWNER' }, acompte.owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(answer.data ?? null).toBeNull();
      expect(await read(arrhes, id)).toEqual(before);
    });

    it('is no one for an unpaid option released on its own: no proposal was accepted, no settlement is shown', async () => {
      const releasing = await ownerWithGite(t);
      await ok(releasing, 'mutation { setUnpaidOptionRelease(afterDays: 1) { releaseUnpaidOptionsAfterDays } }', {});
      try {
        const { id } = await open(releasing); // its acompte due on 20 January 2035
        const release = t.app.get(UnpaidOptionsRelease);
        clock.advance(11 * DAY); // 21 January: the guest is told the option goes on the 22nd
        await release.releaseDue();
        clock.advance(DAY);
        await release.releaseDue();
        const released = await until('the option released', async () => {
          const file = await read(releasing, id);
          return file.status === 'CANCELLED' && file;
        });
        expect(released).toMatchObject({ cancellationReason: expect.stringMatching(/^Option non acceptée/), cancelledBy: null, cancellationSettlement: null });
      } finally {
        await ok(releasing, 'mutation { setUnpaidOptionRelease(afterDays: 0) { releaseUnpaidOptionsAfterDays } }', {});
      }
    });
  });
});
