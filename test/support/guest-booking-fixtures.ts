import { randomUUID } from 'node:crypto';
import { handleCommand } from '../../src/event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { onlinePaymentDecider, onlinePaymentIdOf } from '../../src/paiement/domain/online-payment/online-payment.decider';
import { onlinePaymentStream } from '../../src/paiement/domain/online-payment/online-payment.events';
import { command } from '../../src/shared/kernel/message';
import { ownerWithGite, type OwnerWithGite } from './booking-fixtures';
import type { TestApp } from './test-app';

/** What a guest-booking test needs of its gîte: the general terms of sale (on unless said), and how the owner is paid. */
export interface BookableGiteOptions {
  readonly name?: string;
  /** false: the owner wrote no terms of sale, so guests cannot book online. */
  readonly terms?: boolean;
  /** LOCAL: the local test payment provider is connected, as a newcomer's start has it. */
  readonly provider?: 'LOCAL' | null;
}

/**
 * A fresh owner's gîte guests may book online: BOOKABLE, let by the week from Saturday in July
 * 2027 (3, 10, 17, 24 and 31 July are Saturdays) at 600 €, a deposit of 25 % (150 €).
 */
export async function bookableGite(t: TestApp, options: BookableGiteOptions = {}): Promise<OwnerWithGite> {
  const gite = await ownerWithGite(t, options.name);
  const ok = async (document: string, variables: Record<string, unknown> = {}) => {
    const answer = await t.gql(document, variables, gite.owner.token);
    if (answer.errors) throw new Error(`setting up the gîte failed: ${JSON.stringify(answer.errors)}`);
  };
  await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: gite.accommodationId });
  await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
    input: { accommodationId: gite.accommodationId, periods: [{ from: '2027-07-01', to: '2027-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 60_000 },
  });
  if (options.terms !== false) {
    await ok('mutation { setDocumentSettings(input: { terms: { fr: "Conditions générales de vente du gîte.", en: "General terms of sale of the gîte." } }) { printTerms } }');
  }
  if (options.provider === 'LOCAL') await ok('mutation { connectPaymentProvider(input: { provider: LOCAL }) { provider } }');
  return gite;
}

/**
 * The local provider says the guest paid `cents` for the booking `reference`, recorded as its
 * webhook would be: what a payment arriving late, twice or short looks like. Answers the
 * payment's id.
 */
export async function localPaymentArrives(t: TestApp, gite: OwnerWithGite, reference: string, cents: number, paidAt: Date): Promise<string> {
  const providerPaymentId = `local_${randomUUID()}`;
  const onlinePaymentId = onlinePaymentIdOf('LOCAL', providerPaymentId);
  await handleCommand(
    t.app.get<EventStore>(EVENT_STORE),
    onlinePaymentStream(onlinePaymentId),
    onlinePaymentDecider,
    command('RecordOnlinePayment', { onlinePaymentId, ownerId: gite.owner.id, provider: 'LOCAL', providerPaymentId, reference, amount: { cents, currency: 'EUR' }, paidAt: paidAt.toISOString() }),
    { actor: { kind: 'system', id: 'test' }, now: paidAt, correlationId: randomUUID(), causationId: null },
  );
  return onlinePaymentId;
}
