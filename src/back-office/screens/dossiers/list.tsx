import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { euros, shortDay } from '../../format';
import { graphql } from '../../graphql';
import type { DossierFilter, DossierOrder, DossierStatus } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { DossiersAccommodationsQuery } from './accommodations';
import { DayMovements } from './day';
import { guestName, labels, ORIGINS, STATUSES } from './labels';
import { StatusBadge } from './status-badge';

export const DossiersListQuery = graphql(`
  query DossiersList($filter: DossierFilter, $first: Int, $after: String, $orderBy: DossierOrder) {
    dossiers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id number status origin
        guest { lastName firstName company }
        stays { id accommodationId arrival departure }
        total { cents } paid { cents } balance { cents }
      }
    }
  }
`);

const PAGE_SIZE = 25;
/** An empty page names no file: say which type's changes make it stale. */
const FILES = { additionalTypenames: ['Dossier'] };

const messages = defineMessages({
  fr: {
    title: 'Dossiers de réservation',
    search: 'Rechercher',
    guest: 'Client (nom, société ou e-mail)',
    number: 'N° de dossier',
    arrivalFrom: 'Arrivée à partir du',
    arrivalTo: 'Arrivée jusqu’au',
    accommodation: 'Hébergement',
    any: 'Tous',
    origin: 'Origine',
    balance: 'Paiement',
    promoCode: 'Code promo',
    status: 'Statut',
    order: 'Trier par',
    more: 'Plus de critères (dates, hébergement, origine, paiement…)',
    order_ARRIVAL: 'Date d’arrivée',
    order_CREATED_DESC: 'Les plus récents d’abord',
    order_CREATED_ASC: 'Les plus anciens d’abord',
    apply: 'Rechercher',
    clear: 'Effacer les filtres',
    export: 'Exporter ces dossiers (tableur Excel)',
    found: '{n} dossier(s) trouvé(s)',
    none: 'Aucun dossier ne correspond à cette recherche.',
    colNumber: 'N°',
    colGuest: 'Client',
    colAccommodation: 'Hébergement',
    colDates: 'Séjour',
    colStatus: 'Statut',
    colTotal: 'Total',
    colPaid: 'Payé',
    colBalance: 'Reste dû',
    open: 'Dossier n° {n}',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: 'Page {n}',
    fromTo: 'du {from} au {to}',
    unknown: 'Hébergement supprimé',
    deleted: 'Dossier n° {n} supprimé.',
  },
  en: {
    title: 'Booking files',
    search: 'Search',
    guest: 'Guest (name, company or email)',
    number: 'File number',
    arrivalFrom: 'Arriving from',
    arrivalTo: 'Arriving until',
    accommodation: 'Accommodation',
    any: 'All',
    origin: 'Origin',
    balance: 'Payment',
    promoCode: 'Promo code',
    status: 'Status',
    order: 'Sort by',
    more: 'More criteria (dates, accommodation, origin, payment…)',
    order_ARRIVAL: 'Arrival date',
    order_CREATED_DESC: 'Newest first',
    order_CREATED_ASC: 'Oldest first',
    apply: 'Search',
    clear: 'Clear filters',
    export: 'Export these files (Excel spreadsheet)',
    found: '{n} file(s) found',
    none: 'No file matches this search.',
    colNumber: 'No.',
    colGuest: 'Guest',
    colAccommodation: 'Accommodation',
    colDates: 'Stay',
    colStatus: 'Status',
    colTotal: 'Total',
    colPaid: 'Paid',
    colBalance: 'Balance due',
    open: 'File no. {n}',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {n}',
    fromTo: '{from} to {to}',
    unknown: 'Deleted accommodation',
    deleted: 'File no. {n} deleted.',
  },
});

/** The filters the `dossiers` query and the spreadsheet export both take, as the page's address keeps them. */
const TEXT_FILTERS = ['guest', 'number', 'arrivalFrom', 'arrivalTo', 'accommodationId', 'origin', 'balance', 'promoCode'] as const;

function filterOf(params: URLSearchParams): DossierFilter {
  const filter: DossierFilter = {};
  const guest = params.get('guest');
  if (guest) filter.guest = guest;
  const number = params.get('number');
  if (number && /^\d{1,9}$/.test(number)) filter.number = Number(number);
  if (params.get('arrivalFrom')) filter.arrivalFrom = params.get('arrivalFrom');
  if (params.get('arrivalTo')) filter.arrivalTo = params.get('arrivalTo');
  if (params.get('accommodationId')) filter.accommodationId = params.get('accommodationId');
  const origin = params.get('origin');
  if (origin && (ORIGINS as readonly string[]).includes(origin)) filter.origin = origin as DossierFilter['origin'];
  const balance = params.get('balance');
  if (balance === 'PAID' || balance === 'UNPAID') filter.balance = balance;
  if (params.get('promoCode')) filter.promoCode = params.get('promoCode');
  const status = (params.get('status') ?? '').split(',').filter((s): s is DossierStatus => (STATUSES as readonly string[]).includes(s));
  if (status.length > 0) filter.status = status;
  return filter;
}

const MORE_FILTERS = ['arrivalFrom', 'arrivalTo', 'accommodationId', 'origin', 'balance', 'promoCode', 'order'];

type FilterForm = Record<(typeof TEXT_FILTERS)[number], string> & { status: string[]; order: DossierOrder };

/** The search form as the page's address fills it. */
function formOf(params: URLSearchParams): FilterForm {
  const texts = Object.fromEntries(TEXT_FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<(typeof TEXT_FILTERS)[number], string>;
  return { ...texts, status: (params.get('status') ?? '').split(',').filter(Boolean), order: orderOf(params) };
}

function orderOf(params: URLSearchParams): DossierOrder {
  const order = params.get('order');
  return order === 'CREATED_DESC' || order === 'CREATED_ASC' ? order : 'ARRIVAL';
}

/** The spreadsheet of the same files: `GET /exports/dossiers.xlsx` with the list's filters (the session's cookie goes with it). */
function exportHref(params: URLSearchParams): string {
  const exported = new URLSearchParams();
  for (const name of [...TEXT_FILTERS, 'status']) {
    const value = params.get(name);
    if (value) exported.set(name, value);
  }
  const query = exported.toString();
  return `/exports/dossiers.xlsx${query ? `?${query}` : ''}`;
}

/** Where the list was, so the file page's way back returns to the same search. */
let lastSearch = '';
export const listSearch = (): string => lastSearch;

/**
 * The owner's booking files: every filter the API offers, kept in the page's address (so the way
 * back from a file finds the same search), a page at a time, the same selection as a spreadsheet,
 * and the day's arrivals and departures.
 */
export function DossiersList() {
  const t = useMessages(messages);
  const l = useMessages(labels);
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  lastSearch = params.toString();
  const filter = filterOf(params);
  const orderBy = orderOf(params);
  // Cursors of the pages before this one: the API pages forward only.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [result] = useQuery({ query: DossiersListQuery, variables: { filter, first: PAGE_SIZE, after, orderBy }, context: FILES });
  const [accommodations] = useQuery({ query: DossiersAccommodationsQuery });
  const names = new Map((accommodations.data?.accommodations ?? []).map((a) => [a.id, a.name]));

  const [form, setForm] = useState(() => formOf(params));
  // The rarer filters fold away, unless the search uses one.
  const [moreOpen] = useState(() => MORE_FILTERS.some((name) => params.get(name)));

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of TEXT_FILTERS) if (form[name].trim()) next.set(name, form[name].trim());
    if (form.status.length > 0) next.set('status', form.status.join(','));
    if (form.order !== 'ARRIVAL') next.set('order', form.order);
    setCursors([null]);
    setParams(next);
  };
  const clear = () => {
    setForm(formOf(new URLSearchParams()));
    setCursors([null]);
    setParams(new URLSearchParams());
  };
  const field = (name: (typeof TEXT_FILTERS)[number]) => ({ value: form[name], onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });
  const toggleStatus = (status: string, on: boolean) => setForm({ ...form, status: on ? [...form.status, status] : form.status.filter((s) => s !== status) });

  const page = result.data?.dossiers;
  // Set by the file page when it deleted a file and came back here.
  const deleted = (window.history.state as { deleted?: number | null } | null)?.deleted;
  return (
    <div className="dossiers">
      <h1>{t('title')}</h1>
      {deleted !== undefined && (
        <p role="status" className="success">
          {t('deleted', { n: deleted ?? '…' })}
        </p>
      )}
      <DayMovements />
      <form className="card dossiers-filters" onSubmit={(event) => void search(event)} role="search" aria-label={t('search')}>
        <label>
          {t('guest')}
          <input type="search" {...field('guest')} />
        </label>
        <label>
          {t('number')}
          <input inputMode="numeric" pattern="[0-9]*" {...field('number')} />
        </label>
        <fieldset className="dossiers-statuses">
          <legend>{t('status')}</legend>
          {STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={form.status.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} />
              {l(`status_${s}`)}
            </label>
          ))}
        </fieldset>
        <details className="dossiers-more" open={moreOpen}>
          <summary>{t('more')}</summary>
          <div className="dossiers-more-fields">
            <label>
              {t('arrivalFrom')}
              <input type="date" {...field('arrivalFrom')} />
            </label>
            <label>
              {t('arrivalTo')}
              <input type="date" {...field('arrivalTo')} />
            </label>
            <label>
              {t('accommodation')}
              <select {...field('accommodationId')}>
                <option value="">{t('any')}</option>
                {(accommodations.data?.accommodations ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('origin')}
              <select {...field('origin')}>
                <option value="">{t('any')}</option>
                {ORIGINS.map((o) => (
                  <option key={o} value={o}>
                    {l(`origin_${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('balance')}
              <select {...field('balance')}>
                <option value="">{t('any')}</option>
                <option value="UNPAID">{l('balance_UNPAID')}</option>
                <option value="PAID">{l('balance_PAID')}</option>
              </select>
            </label>
            <label>
              {t('promoCode')}
              <input {...field('promoCode')} />
            </label>
            <label>
              {t('order')}
              <select value={form.order} onChange={(e) => setForm({ ...form, order: e.target.value as DossierOrder })}>
                {(['ARRIVAL', 'CREATED_DESC', 'CREATED_ASC'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`order_${o}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </details>
        <div className="toolbar dossiers-filter-actions">
          <button type="submit" className="primary">
            {t('apply')}
          </button>
          <button type="button" onClick={clear}>
            {t('clear')}
          </button>
          <a href={exportHref(params)} download>
            {t('export')}
          </a>
        </div>
      </form>

      <ErrorMessage error={result.error} />
      {page && (
        <p role="status" className="muted">
          {t('found', { n: page.totalCount })}
        </p>
      )}
      {page && page.nodes.length === 0 && <p>{t('none')}</p>}
      {page && page.nodes.length > 0 && (
        <div className="table-scroll">
          <table className="dossiers-table">
            <thead>
              <tr>
                <th scope="col">{t('colNumber')}</th>
                <th scope="col">{t('colGuest')}</th>
                <th scope="col">{t('colAccommodation')}</th>
                <th scope="col">{t('colDates')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col" className="amount">
                  {t('colTotal')}
                </th>
                <th scope="col" className="amount">
                  {t('colPaid')}
                </th>
                <th scope="col" className="amount">
                  {t('colBalance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((file) => (
                <tr key={file.id}>
                  <td data-label={t('colNumber')}>
                    <Link href={`/${file.id}`} aria-label={t('open', { n: file.number ?? '…' })}>
                      {file.number ?? '…'}
                    </Link>
                  </td>
                  <td data-label={t('colGuest')}>
                    <Link href={`/${file.id}`}>{guestName(file.guest)}</Link>
                  </td>
                  <td data-label={t('colAccommodation')}>{file.stays.map((s) => names.get(s.accommodationId) ?? t('unknown')).join(', ')}</td>
                  <td data-label={t('colDates')}>
                    <div>
                      {file.stays.map((s) => (
                        <div key={s.id}>{t('fromTo', { from: shortDay(s.arrival, lang), to: shortDay(s.departure, lang) })}</div>
                      ))}
                    </div>
                  </td>
                  <td data-label={t('colStatus')}>
                    <StatusBadge status={file.status} />
                  </td>
                  <td data-label={t('colTotal')} className="amount">
                    {file.status === 'CANCELLED' ? <span className="muted">—</span> : euros(file.total.cents, lang)}
                  </td>
                  <td data-label={t('colPaid')} className="amount">
                    {euros(file.paid.cents, lang)}
                  </td>
                  <td data-label={t('colBalance')} className="amount">
                    {/* A cancelled file's balance is what it received, negative: its page's settlement says what is owed. */}
                    {file.status === 'CANCELLED' ? <span className="muted">—</span> : euros(file.balance.cents, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (cursors.length > 1 || page.pageInfo.hasNextPage) && (
        <nav className="toolbar dossiers-pages" aria-label={t('page', { n: cursors.length })}>
          <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('previous')}
          </button>
          <span>{t('page', { n: cursors.length })}</span>
          <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}>
            {t('next')}
          </button>
        </nav>
      )}
    </div>
  );
}
