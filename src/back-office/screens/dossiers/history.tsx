import { useMemo } from 'react';
import { useQuery } from 'urql';
import { euros, longDay, moment } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages, type Lang, type Translate } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { labelOr } from './labels';

const HistoryQuery = graphql(`
  query DossiersHistory($id: ID!) {
    dossierHistory(id: $id) { eventId type occurredAt actor data stream }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Historique',
    empty: 'Rien encore.',
    by_owner: 'vous',
    by_guest: 'le client',
    by_system: 'automatique',
    DossierOpened: 'Dossier ouvert ({origin})',
    DossierNumbered: 'Numéro {n} attribué',
    StayAdded: 'Séjour ajouté : du {from} au {to}',
    StayChanged: 'Séjour modifié : du {from} au {to}',
    DueDatesMoved: 'Échéances : acompte le {deposit}, solde le {balance}',
    GlobalSupplementAdded: 'Supplément ajouté : {label} ({amount})',
    DossierNotesSet: 'Notes modifiées',
    ContractSigned: 'Contrat signé reçu',
    DossierConfirmed: 'Dossier confirmé',
    PaymentReceived: 'Paiement enregistré : {amount} ({method}, le {date})',
    PaymentRecorded: 'Paiement enregistré : {amount} ({method}, le {date})',
    Refund: 'Remboursement enregistré : {amount} ({method}, le {date})',
    DossierCancelled: 'Dossier annulé',
    DossierCancelledBy: 'Dossier annulé ; renonce au séjour : {by}',
    DossierDeleted: 'Dossier supprimé',
    DossierStatusChanged: 'Statut : {from} → {to}',
    GuestChanged: 'Coordonnées du client modifiées',
    DepositPercentChanged: 'Acompte porté à {percent} %',
    StayPriceSet: 'Prix de l’hébergement fixé à {amount}',
    DossierDiscountSet: 'Remise modifiée',
    OptionReleaseScheduled: 'Libération de l’option prévue le {day} si l’acompte n’arrive pas',
    OptionReleased: 'Option libérée : acompte non reçu',
    StayTouristTaxAssessed: 'Taxe de séjour calculée : {amount}',
    GuestErased: 'Données du client effacées',
    reason: 'motif : {reason}',
  },
  en: {
    title: 'History',
    empty: 'Nothing yet.',
    by_owner: 'you',
    by_guest: 'the guest',
    by_system: 'automatic',
    DossierOpened: 'File opened ({origin})',
    DossierNumbered: 'Number {n} given',
    StayAdded: 'Stay added: {from} to {to}',
    StayChanged: 'Stay changed: {from} to {to}',
    DueDatesMoved: 'Due dates: deposit on {deposit}, balance on {balance}',
    GlobalSupplementAdded: 'Supplement added: {label} ({amount})',
    DossierNotesSet: 'Notes changed',
    ContractSigned: 'Signed contract received',
    DossierConfirmed: 'File confirmed',
    PaymentReceived: 'Payment recorded: {amount} ({method}, on {date})',
    PaymentRecorded: 'Payment recorded: {amount} ({method}, on {date})',
    Refund: 'Refund recorded: {amount} ({method}, on {date})',
    DossierCancelled: 'File cancelled',
    DossierCancelledBy: 'File cancelled; giving up the stay: {by}',
    DossierDeleted: 'File deleted',
    DossierStatusChanged: 'Status: {from} → {to}',
    GuestChanged: 'Guest’s details changed',
    DepositPercentChanged: 'Deposit set to {percent} %',
    StayPriceSet: 'Accommodation price set to {amount}',
    DossierDiscountSet: 'Discount changed',
    OptionReleaseScheduled: 'Option to be released on {day} unless the deposit arrives',
    OptionReleased: 'Option released: deposit not received',
    StayTouristTaxAssessed: 'Tourist tax worked out: {amount}',
    GuestErased: 'Guest’s data erased',
    reason: 'reason: {reason}',
  },
});

type Key = keyof typeof messages.fr;
// The event's data is JSON the README's event contract describes; read field by field.
type Data = Record<string, unknown>;

const cents = (value: unknown): number => (typeof value === 'object' && value !== null && typeof (value as Data).cents === 'number' ? ((value as Data).cents as number) : 0);
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const day = (value: unknown, lang: Lang): string => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDay(value, lang) : text(value));
const enumLabel = (lang: Lang, prefix: string, value: unknown): string => labelOr(lang, `${prefix}_${text(value)}`) ?? text(value);

/** One event as a sentence in the owner's language; an event this screen does not know keeps its name. */
export function describeEvent(type: string, data: Data, lang: Lang, t: Translate<Key>): string {
  const stay = (data.stay ?? {}) as Data;
  const payment = (data.payment ?? {}) as Data;
  const supplement = (data.supplement ?? {}) as Data;
  switch (type) {
    case 'DossierOpened':
      return t('DossierOpened', { origin: enumLabel(lang, 'origin', data.origin) });
    case 'DossierNumbered':
      return t('DossierNumbered', { n: text(data.number) });
    case 'StayAdded':
    case 'StayChanged':
      return t(type, { from: day(stay.arrival, lang), to: day(stay.departure, lang) });
    case 'DueDatesMoved':
      return t('DueDatesMoved', { deposit: day(data.depositDueDate, lang), balance: day(data.balanceDueDate, lang) });
    case 'GlobalSupplementAdded':
      return t('GlobalSupplementAdded', { label: text(supplement.label), amount: euros(cents(supplement.amount), lang) });
    case 'PaymentReceived':
    case 'PaymentRecorded': {
      const amount = cents(payment.amount);
      const values = { amount: euros(amount, lang), method: enumLabel(lang, 'method', payment.method), date: day(payment.date, lang) };
      const line = amount < 0 ? t('Refund', values) : t(type, values);
      return payment.note ? `${line} — ${text(payment.note)}` : line;
    }
    case 'DossierCancelled': {
      const line = data.by ? t('DossierCancelledBy', { by: enumLabel(lang, 'by', data.by) }) : t('DossierCancelled');
      return data.reason ? `${line} (${t('reason', { reason: text(data.reason) })})` : line;
    }
    case 'DossierStatusChanged':
      return t('DossierStatusChanged', { from: enumLabel(lang, 'status', data.from), to: enumLabel(lang, 'status', data.to) });
    case 'DepositPercentChanged':
      return t('DepositPercentChanged', { percent: new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(Number(data.percent)) });
    case 'StayPriceSet':
      return t('StayPriceSet', { amount: euros(cents(data.accommodationPrice), lang) });
    case 'OptionReleaseScheduled':
      return t('OptionReleaseScheduled', { day: day(data.releaseOn, lang) });
    case 'StayTouristTaxAssessed':
      return t('StayTouristTaxAssessed', { amount: euros(cents(data.amount), lang) });
    case 'DossierNotesSet':
    case 'ContractSigned':
    case 'DossierConfirmed':
    case 'DossierDeleted':
    case 'GuestChanged':
    case 'DossierDiscountSet':
    case 'OptionReleased':
    case 'GuestErased':
      return t(type);
    default:
      return type;
  }
}

const paymentIdOf = (data: unknown): string => text(((data ?? {}) as Data).payment && (((data as Data).payment as Data).paymentId));

/** Every event of the file and of its payments, oldest first, with when and who. */
export function DossierHistory({ id }: { id: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  // The history's entries are not files: refetch it whenever a change answers with the file.
  const context = useMemo(() => ({ additionalTypenames: ['Dossier'] }), []);
  const [result] = useQuery({ query: HistoryQuery, variables: { id }, context });
  // A payment is an event of the ledger and again of the file: say it once.
  const ledger = new Set((result.data?.dossierHistory ?? []).filter((e) => e.type === 'PaymentRecorded').map((e) => paymentIdOf(e.data)));
  const entries = (result.data?.dossierHistory ?? []).filter((e) => e.type !== 'PaymentReceived' || !ledger.has(paymentIdOf(e.data)));
  const who = (actor: string) => t(actor.startsWith('owner:') ? 'by_owner' : actor === 'guest' ? 'by_guest' : 'by_system');
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-history">
      <h2 id="dossiers-history">{t('title')}</h2>
      <ErrorMessage error={result.error} />
      {result.data && entries.length === 0 && <p className="muted">{t('empty')}</p>}
      {entries.length > 0 && (
        <ol className="dossiers-history">
          {entries.map((entry) => (
            <li key={entry.eventId}>
              <time dateTime={entry.occurredAt}>{moment(entry.occurredAt, lang)}</time> — {describeEvent(entry.type, (entry.data ?? {}) as Data, lang, t)}{' '}
              <span className="muted">({who(entry.actor)})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
