import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { addDays, euros, longDay, today } from '../../format';
import type { Weekday } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { percentText, WeekdayChecks } from './common';
import { RatesDelete, RatesList } from './operations';

const messages = defineMessages({
  fr: {
    title: 'Voir les tarifs',
    filters: 'Filtres',
    from: 'Arrivées à partir du',
    to: 'Arrivées jusqu’au',
    nights: 'Nombre de nuits (toutes si vide)',
    arrivalDays: 'Jours d’arrivée (tous si aucun coché)',
    export: 'Exporter en tableur (Excel)',
    none: 'Aucun tarif pour ces critères.',
    count: 'Tarifs listés : {n}.',
    shown: 'Seuls les {shown} premiers sont affichés : précisez les filtres.',
    selectAll: 'Tout sélectionner',
    select: 'Sélectionner le séjour du {day}, {n} nuits',
    arrival: 'Arrivée',
    departure: 'Départ',
    nightsHead: 'Nuits',
    initial: 'Prix initial',
    discount: 'Remise',
    sale: 'Prix de vente',
    deleteSelected: 'Supprimer la sélection ({n})',
    confirm: 'Supprimer définitivement les tarifs sélectionnés ({n}) ? Ces séjours ne pourront plus être réservés tant qu’ils n’ont pas de nouveau tarif.',
    confirmYes: 'Oui, supprimer',
    cancel: 'Annuler',
    deleted: 'Tarifs supprimés : {n}.',
    badRange: 'La date de fin doit suivre la date de début.',
  },
  en: {
    title: 'See the rates',
    filters: 'Filters',
    from: 'Arrivals from',
    to: 'Arrivals until',
    nights: 'Number of nights (all when empty)',
    arrivalDays: 'Arrival days (all when none ticked)',
    export: 'Export as a spreadsheet (Excel)',
    none: 'No rate for these criteria.',
    count: 'Rates listed: {n}.',
    shown: 'Only the first {shown} are shown: narrow the filters.',
    selectAll: 'Select all',
    select: 'Select the stay of {day}, {n} nights',
    arrival: 'Arrival',
    departure: 'Departure',
    nightsHead: 'Nights',
    initial: 'Initial price',
    discount: 'Discount',
    sale: 'Sale price',
    deleteSelected: 'Delete the selection ({n})',
    confirm: 'Delete the selected rates ({n}) for good? Those stays cannot be booked until they have a rate again.',
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
    deleted: 'Rates deleted: {n}.',
    badRange: 'The end date must follow the start date.',
  },
});

/** How many rows the page draws at most; the listing itself may hold up to 10,000. */
const SHOWN = 500;

/** "Voir les tarifs": the stay rates by arrival, filtered, exported, and deleted by selection. */
export function RatesListing({ accommodationId }: { readonly accommodationId: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 365));
  const [nights, setNights] = useState('');
  const [arrivalDays, setArrivalDays] = useState<Weekday[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<number | null>(null);
  const nightsValue = /^\d+$/.test(nights.trim()) ? Number(nights.trim()) : null;
  const validRange = from !== '' && to !== '' && from <= to;
  const variables = { accommodationId, from, to, nights: nightsValue, arrivalDays: arrivalDays.length > 0 ? arrivalDays : null };
  const [list, refresh] = useQuery({ query: RatesList, variables, pause: !validRange });
  const [removal, remove] = useMutation(RatesDelete);
  const rates = list.data?.rates ?? [];
  const shown = rates.slice(0, SHOWN);
  const allSelected = shown.length > 0 && shown.every((r) => selected.has(r.id));

  const exportQuery = new URLSearchParams({ accommodationId, from, to, ...(nightsValue ? { nights: String(nightsValue) } : {}), ...(arrivalDays.length > 0 ? { arrivalDays: arrivalDays.join(',') } : {}) });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const confirmDelete = async () => {
    const ids = rates.filter((r) => selected.has(r.id)).map((r) => r.id);
    const answer = await remove({ accommodationId, ids });
    if (answer.data) {
      setDeleted(answer.data.deleteRates);
      setSelected(new Set());
      setConfirming(false);
      refresh({ requestPolicy: 'network-only' });
    }
  };
  const selectedCount = rates.filter((r) => selected.has(r.id)).length;

  return (
    <section className="card" aria-labelledby="rates-list">
      <h2 id="rates-list">{t('title')}</h2>
      <form className="rates-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('filters')}>
        <label>
          {t('from')}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
        </label>
        <label>
          {t('nights')}
          <input inputMode="numeric" value={nights} onChange={(event) => setNights(event.target.value)} />
        </label>
        <WeekdayChecks legend={t('arrivalDays')} value={arrivalDays} onChange={setArrivalDays} />
      </form>
      {!validRange && <p role="alert" className="error">{t('badRange')}</p>}
      <ErrorMessage error={list.error} />
      {deleted !== null && <Saved text={t('deleted', { n: deleted })} />}
      <div className="toolbar">
        {validRange && <a href={`/exports/rates.xlsx?${exportQuery.toString()}`} download>{t('export')}</a>}
        {list.data && <span className="muted" role="status">{t('count', { n: rates.length })} {rates.length > SHOWN && t('shown', { shown: SHOWN })}</span>}
      </div>
      {list.data && rates.length === 0 && <p>{t('none')}</p>}
      {shown.length > 0 && (
        <>
          <div className="toolbar">
            <button type="button" className="danger" disabled={selectedCount === 0} onClick={() => { setDeleted(null); setConfirming(true); }}>
              {t('deleteSelected', { n: selectedCount })}
            </button>
          </div>
          {confirming && selectedCount > 0 && (
            <ConfirmDialog
              question={t('confirm', { n: selectedCount })}
              confirm={t('confirmYes')}
              cancel={t('cancel')}
              busy={removal.fetching}
              error={removal.error}
              onConfirm={() => void confirmDelete()}
              onCancel={() => setConfirming(false)}
            />
          )}
          <div className="table-scroll rates-scroll">
            <table className="rates-table">
              <thead>
                <tr>
                  <th scope="col">
                    <label className="check">
                      <input type="checkbox" checked={allSelected} onChange={(event) => setSelected(event.target.checked ? new Set(shown.map((r) => r.id)) : new Set())} />
                      <span className="visually-hidden">{t('selectAll')}</span>
                    </label>
                  </th>
                  <th scope="col">{t('arrival')}</th>
                  <th scope="col">{t('departure')}</th>
                  <th scope="col" className="amount">{t('nightsHead')}</th>
                  <th scope="col" className="amount">{t('initial')}</th>
                  <th scope="col" className="amount">{t('discount')}</th>
                  <th scope="col" className="amount">{t('sale')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((rate) => (
                  <tr key={rate.id}>
                    <td>
                      <label className="check">
                        <input type="checkbox" checked={selected.has(rate.id)} onChange={(event) => toggle(rate.id, event.target.checked)} />
                        <span className="visually-hidden">{t('select', { day: longDay(rate.arrival, lang), n: rate.nights })}</span>
                      </label>
                    </td>
                    <td>{longDay(rate.arrival, lang)}</td>
                    <td>{longDay(rate.departure, lang)}</td>
                    <td className="amount">{rate.nights}</td>
                    <td className="amount">{euros(rate.initialPrice.cents, lang)}</td>
                    <td className="amount">
                      {rate.discount.cents === 0 ? '—' : euros(rate.discount.cents, lang)}
                      {rate.discountPercentSet !== null && rate.discountPercentSet !== undefined && <> ({percentText(rate.discountPercentSet, lang)})</>}
                    </td>
                    <td className="amount">{euros(rate.salePrice.cents, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
