import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { emailEvents } from './communication/domain/email/email.events';
import { communicationSettingsEvents } from './communication/domain/settings/communication-settings.events';
import { accommodationEvents } from './catalogue/domain/accommodation/accommodation.events';
import { destinationEmailClaimEvents } from './catalogue/domain/destination/destination-email-claim.events';
import { destinationListingEvents } from './catalogue/domain/destination/destination-listing.events';
import { destinationEvents } from './catalogue/domain/destination/destination.events';
import { establishmentEvents } from './catalogue/domain/establishment/establishment.events';
import { emailClaimEvents } from './catalogue/domain/owner/email-claim.events';
import { ownerNumberClaimEvents } from './catalogue/domain/owner/owner-number-claim.events';
import { ownerEvents } from './catalogue/domain/owner/owner.events';
import { supplementEvents } from './catalogue/domain/supplement/supplement.events';
import { depositPolicyEvents } from './paiement/domain/deposit-policy/deposit-policy.events';
import { localCheckoutEvents } from './paiement/domain/local-checkout/local-checkout.events';
import { onlinePaymentEvents } from './paiement/domain/online-payment/online-payment.events';
import { paymentProviderEvents } from './paiement/domain/payment-provider/payment-provider.events';
import { paymentsEvents } from './paiement/domain/payments/payments.events';
import { salesTermsEvents } from './paiement/domain/sales-terms/sales-terms.events';
import { dossierNumbersEvents } from './reservation/domain/dossier/dossier-numbers.decider';
import { dossierEvents, dossierStaySchema, guestSchema, handDiscountSchema } from './reservation/domain/dossier/dossier.events';
import { holdSchema, planningEvents } from './reservation/domain/planning/planning.events';
import { guestBookingEvents } from './reservation/domain/guest-booking/guest-booking.events';
import { reservationSettingsEvents } from './reservation/domain/settings/reservation-settings.decider';
import type { EventCodec } from './shared/kernel/event-codec';
import { localizedTextSchema, moneySchema, paymentSchema } from './shared/kernel/event-schemas';
import type { Event } from './shared/kernel/message';
import { icalFeedEvents } from './synchronisation/domain/ical-feed/ical-feed.events';
import { PUBLIC_EVENT_EXAMPLES } from './synchronisation/domain/integration/public-event-examples';
import { PUBLIC_EVENT_TYPES, PUBLIC_EVENTS, publicBookingSchema, publicGuestSchema, publicMoneySchema, publicStaySchema } from './synchronisation/domain/integration/public-events';
import { icalExportEvents } from './synchronisation/domain/ical-export/ical-export.events';
import { webhookEndpointEvents } from './synchronisation/domain/webhook/webhook-endpoint.events';
import { promoCodesEvents } from './tarification/domain/promo-codes/promo-codes.events';
import { promotionsEvents } from './tarification/domain/promotions/promotions.events';
import { ratesEvents } from './tarification/domain/rates/rates.events';
import { bookingRulesEvents } from './tarification/domain/rules/booking-rules.events';
import { touristTaxEvents } from './tarification/domain/rules/tourist-tax.events';
import { touristTaxTariffsEvents } from './tarification/domain/tourist-tax/tourist-tax-tariffs.events';

/** Every stream category, as its streams are named, with the codec that reads its events. */
export const STREAMS: readonly { readonly context: string; readonly stream: string; readonly what: string; readonly codec: EventCodec<Event> }[] = [
  { context: 'Catalogue', stream: 'owner-<ownerId>', what: 'an owner’s account, age ranges and accommodation ranks', codec: ownerEvents },
  { context: 'Catalogue', stream: 'owner-email-<sha256 of the address>', what: 'who holds an email address', codec: emailClaimEvents },
  { context: 'Catalogue', stream: 'owner-number-<n>', what: 'who holds an owner number', codec: ownerNumberClaimEvents },
  { context: 'Catalogue', stream: 'accommodation-<accommodationId>', what: 'an accommodation', codec: accommodationEvents },
  { context: 'Catalogue', stream: 'supplement-<supplementId>', what: 'a supplement', codec: supplementEvents },
  { context: 'Catalogue', stream: 'establishment-<ownerId>', what: 'an owner’s establishment', codec: establishmentEvents },
  { context: 'Catalogue', stream: 'destination-<destinationId>', what: 'a destination’s account (a tourism agency or a label network running a marketplace)', codec: destinationEvents },
  { context: 'Catalogue', stream: 'destination-email-<sha256 of the address>', what: 'which destination logs in with an email address', codec: destinationEmailClaimEvents },
  {
    context: 'Catalogue',
    stream: 'destination-listing-<destinationId>-<ownerId>',
    what: 'which of an owner’s accommodations a destination lists: the whole choice in each event, empty once the owner left',
    codec: destinationListingEvents,
  },
  { context: 'Tarification', stream: 'rates-<accommodationId>', what: 'an accommodation’s rate grid', codec: ratesEvents },
  { context: 'Tarification', stream: 'booking-rules-<accommodationId>', what: 'an accommodation’s booking rules', codec: bookingRulesEvents },
  { context: 'Tarification', stream: 'tourist-tax-<accommodationId>', what: 'an accommodation’s taxe de séjour', codec: touristTaxEvents },
  { context: 'Tarification', stream: 'tourist-tax-tariffs-<owner|destination>-<id>', what: 'the taxe de séjour tariff tables an owner or a destination entered', codec: touristTaxTariffsEvents },
  { context: 'Tarification', stream: 'promotions-<ownerId>', what: 'an owner’s promotions', codec: promotionsEvents },
  { context: 'Tarification', stream: 'promo-codes-<ownerId>', what: 'an owner’s promo codes', codec: promoCodesEvents },
  { context: 'Reservation', stream: 'planning-<accommodationId>', what: 'every hold on an accommodation’s nights', codec: planningEvents },
  { context: 'Reservation', stream: 'dossier-<dossierId>', what: 'a booking file', codec: dossierEvents },
  { context: 'Reservation', stream: 'dossier-numbers-<ownerId>', what: 'an owner’s numbering of files', codec: dossierNumbersEvents },
  { context: 'Reservation', stream: 'reservation-settings-<ownerId>', what: 'how an owner’s booking files are run (unpaid options released)', codec: reservationSettingsEvents },
  { context: 'Reservation', stream: 'guest-booking-<dossierId>', what: 'a booking a guest made online, from the request (terms and consent as accepted) to the file it opens', codec: guestBookingEvents },
  { context: 'Paiement', stream: 'deposit-policy-<ownerId>', what: 'an owner’s deposit policy', codec: depositPolicyEvents },
  { context: 'Paiement', stream: 'payments-<dossierId>', what: 'a booking file’s ledger of payments', codec: paymentsEvents },
  { context: 'Paiement', stream: 'sales-terms-<ownerId>', what: 'how an owner sells online (“Modalités de vente”)', codec: salesTermsEvents },
  { context: 'Paiement', stream: 'payment-provider-<ownerId>', what: 'the payment provider an owner connected, its secrets sealed (AES-256-GCM)', codec: paymentProviderEvents },
  {
    context: 'Paiement',
    stream: 'online-payment-<name-based UUID of provider/provider payment id>',
    what: 'a payment a provider took online, from paid to settled in a file’s ledger or given back',
    codec: onlinePaymentEvents,
  },
  { context: 'Paiement', stream: 'local-checkout-<sessionId>', what: 'a payment page of the local test provider', codec: localCheckoutEvents },
  { context: 'Communication', stream: 'communication-settings-<ownerId>', what: 'how an owner’s documents and emails read', codec: communicationSettingsEvents },
  { context: 'Communication', stream: 'email-<emailId>', what: 'one email of the outbox, from queued to sent or failed', codec: emailEvents },
  { context: 'Synchronisation', stream: 'ical-export-<accommodationId>', what: 'an accommodation’s iCalendar export: its secret URL and what it shows', codec: icalExportEvents },
  { context: 'Synchronisation', stream: 'ical-feed-<feedId>', what: 'another platform’s calendar imported into an accommodation, and the stays it holds there', codec: icalFeedEvents },
  { context: 'Synchronisation', stream: 'webhook-endpoint-<endpointId>', what: 'a webhook endpoint disabled for failing, and enabled again by its owner', codec: webhookEndpointEvents },
];

type Described = { readonly _def: { readonly typeName?: string } & Record<string, unknown> };

/** Shapes that come back in many payloads: named where they appear, spelt out once below the list. */
const NAMED: readonly (readonly [z.ZodTypeAny, string])[] = [
  [moneySchema, 'Money'],
  [localizedTextSchema, 'LocalizedText'],
  [paymentSchema, 'Payment'],
  [guestSchema, 'Guest'],
  [dossierStaySchema, 'DossierStay'],
  [handDiscountSchema, 'HandDiscount'],
  [holdSchema, 'Hold'],
];

/**
 * A payload's shape in one line, read from its schema: `{ a, b?, c: [..] }`, `?` when it may be
 * null, enums as A|B. Whatever the schema checks is what the contract promises.
 */
export function describeSchema(schema: z.ZodTypeAny, depth = 0, names: readonly (readonly [z.ZodTypeAny, string])[] = NAMED): string {
  const named = names.find(([known]) => known === schema);
  if (named && depth > 0) return named[1];
  const def = (schema as unknown as Described)._def;
  const inner = (key: string) => describeSchema(def[key] as z.ZodTypeAny, depth, names);
  switch (def.typeName ?? 'unknown') {
    case 'ZodObject': {
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
      const fields = Object.entries(shape).map(([name, field]) => describeField(name, field, depth + 1, names));
      return depth === 0 ? fields.join(', ') : `{ ${fields.join(', ')} }`;
    }
    case 'ZodArray':
      return `[${inner('type')}]`;
    case 'ZodNullable':
    case 'ZodOptional':
      return inner('innerType');
    case 'ZodEnum':
      return (def.values as string[]).join('|');
    case 'ZodLiteral':
      return JSON.stringify(def.value);
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return (def.options as z.ZodTypeAny[]).map((option) => describeSchema(option, depth + 1, names)).join(' or ');
    case 'ZodEffects':
      return inner('schema');
    case 'ZodLazy':
      return describeSchema((def.getter as () => z.ZodTypeAny)(), depth, names);
    case 'ZodString':
      return 'text';
    case 'ZodNumber':
      return ((def.checks as { kind: string }[] | undefined) ?? []).some((c) => c.kind === 'int') ? 'integer' : 'number';
    case 'ZodBoolean':
      return 'boolean';
    default:
      return String(def.typeName).replace(/^Zod/, '').toLowerCase();
  }
}

function describeField(name: string, field: z.ZodTypeAny, depth: number, names: readonly (readonly [z.ZodTypeAny, string])[]): string {
  const typeName = (field as unknown as Described)._def.typeName;
  const nullable = typeName === 'ZodNullable' || typeName === 'ZodOptional';
  const type = describeSchema(field, depth, names);
  const plain = type === 'text' || (type === 'integer' && !nullable);
  return plain ? `${name}${nullable ? '?' : ''}` : `${name}${nullable ? '?' : ''}: ${type}`;
}

/** The README's event contract: every stream, every event type, its version and its fields. */
export function eventContractMarkdown(): string {
  const lines: string[] = [];
  for (const { context, stream, what, codec } of STREAMS) {
    lines.push(`- **\`${stream}\`** (${context}): ${what}.`);
    for (const type of codec.types) {
      const contract = codec.contracts[type];
      const upcast = Object.keys(contract.upcasters ?? {}).map((v) => `v${v}`);
      const since = upcast.length > 0 ? `, read from ${upcast.join(', ')} by upcasting` : '';
      lines.push(`  - \`${type}\` v${contract.version}${since}: ${describeSchema(contract.schema as z.ZodTypeAny)}`);
    }
  }
  lines.push('', 'Shapes named above:');
  for (const [schema, name] of NAMED) lines.push(`- ${name}: { ${describeSchema(schema)} }`);
  return lines.join('\n');
}

/** The public events' shapes that come back in many types. */
const PUBLIC_NAMED: readonly (readonly [z.ZodTypeAny, string])[] = [
  [publicMoneySchema, 'Money'],
  [publicBookingSchema, 'Booking'],
  [publicStaySchema, 'Stay'],
  [publicGuestSchema, 'Guest'],
];

/**
 * The README's catalogue of public integration events: each type's version, the scope an API key
 * needs to read it, its data's shape, and an example of a whole event as integrators receive it.
 */
export function integrationEventsMarkdown(): string {
  const lines: string[] = [];
  for (const type of PUBLIC_EVENT_TYPES) {
    const contract = PUBLIC_EVENTS[type];
    lines.push(`- **\`${type}\`** v${contract.version} (\`${contract.scope}\`): ${contract.description}`);
    lines.push(`  - data: ${describeSchema(contract.schema, 0, PUBLIC_NAMED)}`);
  }
  lines.push('', 'Shapes named above:');
  for (const [schema, name] of PUBLIC_NAMED) lines.push(`- ${name}: { ${describeSchema(schema, 0, PUBLIC_NAMED)} }`);
  const example = {
    id: '0c8f5e2a-6b1d-5f3e-9a7c-4d2b1e0f9a8c',
    type: 'booking.confirmed',
    version: 1,
    occurredAt: '2026-12-02T21:14:07.456Z',
    ownerId: '3fef0ab7-3717-4e35-bb97-1df92968300e',
    accommodationId: '2f9a1c3e-7b6d-4e5f-8a9b-0c1d2e3f4a5b',
    cursor: 'djE6MTAyNDM6MTAyNDQ6MA',
    data: PUBLIC_EVENT_EXAMPLES['booking.confirmed'],
  };
  lines.push('', 'A whole event, as the feed, a subscription or a webhook gives it (`guest` is null without `guests:read`):', '', '```json', JSON.stringify(example, null, 2), '```');
  lines.push('', 'The data of each other type, by example:', '');
  for (const type of PUBLIC_EVENT_TYPES.filter((t) => t !== 'booking.confirmed')) {
    const data = JSON.stringify(PUBLIC_EVENT_EXAMPLES[type]);
    lines.push(`- \`${type}\`: \`${data.length > 400 ? JSON.stringify(compact(PUBLIC_EVENT_EXAMPLES[type])) : data}\``);
  }
  return lines.join('\n');
}

/** A booking shown once in full is shortened in the other examples. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, key === 'booking' || key === 'previous' ? '{ … }' : value]));
}

const README = resolve(__dirname, '..', 'README.md');
const SECTIONS: readonly (readonly [string, () => string])[] = [
  ['event-contract', eventContractMarkdown],
  ['integration-events', integrationEventsMarkdown],
];

/** The README with its generated sections (the event contract, the public events) as the code prints them. */
export function readmeWithContract(readme: string): string {
  let text = readme;
  for (const [name, markdown] of SECTIONS) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
    text = `${text.slice(0, from + start.length)}\n${markdown()}\n${text.slice(to)}`;
  }
  return text;
}

/** `npm run events:contract` writes the section; the test suite fails when it is stale. */
if (require.main === module) {
  const readme = readFileSync(README, 'utf8');
  writeFileSync(README, readmeWithContract(readme));
  console.log(`Wrote the event contract into ${README}`);
}
