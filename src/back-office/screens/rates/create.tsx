import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { euros, parseEuros } from '../../format';
import type { RateDiscountInput, Weekday } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { parsePercent, WeekdayChecks } from './common';
import { RatesLastEntry, RatesSet } from './operations';

const messages = defineMessages({
  fr: {
    title: 'Créer des tarifs',
    intro: 'Un même prix pour chaque séjour qui arrive dans les périodes, aux jours d’arrivée et pour les durées choisis. Les tarifs existants de ces séjours sont remplacés.',
    last: 'Initialiser avec la dernière saisie',
    noLast: 'Aucune saisie précédente pour cet hébergement.',
    lastLoaded: 'Formulaire rempli avec la dernière saisie.',
    periods: 'Périodes d’arrivée',
    period: 'Période {n}',
    from: 'Du',
    to: 'Au',
    addPeriod: 'Ajouter une période',
    removePeriod: 'Retirer la période {n}',
    nights: 'Durées de séjour (nuits)',
    nightsHint: 'Par exemple 7 pour la semaine, ou 2, 3, 7 pour plusieurs durées.',
    arrivalDays: 'Jours d’arrivée',
    initialPrice: 'Prix initial du séjour (€)',
    discount: 'Type de remise',
    noDiscount: 'Aucune remise',
    discountEuros: 'En euros',
    discountPercent: 'En pourcentage',
    discountAmount: 'Montant de la remise',
    salePrice: 'Prix de vente : {price}',
    submit: 'Enregistrer les tarifs',
    done: 'Tarifs enregistrés : {n}.',
    see: 'Voir les tarifs',
    badPeriod: 'Période {n} : indiquez deux dates, la première avant la seconde.',
    badNights: 'Indiquez des durées en nuits, de 1 à 90, séparées par des virgules.',
    noDay: 'Cochez au moins un jour d’arrivée.',
    badPrice: 'Le prix initial doit être un montant en euros, par exemple 450 ou 80,50.',
    badDiscount: 'La remise doit être un montant en euros ou un pourcentage (jusqu’à 100).',
  },
  en: {
    title: 'Create rates',
    intro: 'One price for every stay arriving within the periods, on the arrival days and for the lengths chosen. Those stays’ existing rates are replaced.',
    last: 'Start from the last entry',
    noLast: 'No previous entry for this accommodation.',
    lastLoaded: 'Form filled with the last entry.',
    periods: 'Arrival periods',
    period: 'Period {n}',
    from: 'From',
    to: 'To',
    addPeriod: 'Add a period',
    removePeriod: 'Remove period {n}',
    nights: 'Stay lengths (nights)',
    nightsHint: 'For example 7 for a week, or 2, 3, 7 for several lengths.',
    arrivalDays: 'Arrival days',
    initialPrice: 'Initial price of the stay (€)',
    discount: 'Kind of discount',
    noDiscount: 'No discount',
    discountEuros: 'In euros',
    discountPercent: 'As a percentage',
    discountAmount: 'Discount amount',
    salePrice: 'Sale price: {price}',
    submit: 'Save the rates',
    done: 'Rates saved: {n}.',
    see: 'See the rates',
    badPeriod: 'Period {n}: give two dates, the first before the second.',
    badNights: 'Give lengths in nights, from 1 to 90, separated by commas.',
    noDay: 'Tick at least one arrival day.',
    badPrice: 'The initial price must be an amount in euros, e.g. 450 or 80.50.',
    badDiscount: 'The discount must be an amount in euros or a percentage (up to 100).',
  },
});

interface Entry {
  periods: { from: string; to: string }[];
  nights: string;
  arrivalDays: Weekday[];
  initialPrice: string;
  discountKind: 'none' | 'euros' | 'percent';
  discount: string;
}

type Problem = { key: 'badPeriod'; n: number } | { key: 'badNights' | 'noDay' | 'badPrice' | 'badDiscount' };

const euroText = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');

/** The discount typed, in cents off or percent; undefined when there is none, null when it is not valid. */
function discountOf(entry: Entry, initial: number | null): RateDiscountInput | undefined | null {
  if (entry.discountKind === 'none' || entry.discount.trim() === '') return undefined;
  if (entry.discountKind === 'euros') {
    const cents = parseEuros(entry.discount);
    return cents === null || cents < 0 || (initial !== null && cents > initial) ? null : { cents };
  }
  const percent = parsePercent(entry.discount);
  return percent === null || percent > 100 ? null : { percent };
}

/** "Créer des tarifs": periods × stay lengths × arrival weekdays, one price, an optional discount. */
export function CreateRates({ accommodationId, listHref }: { readonly accommodationId: string; readonly listHref: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [entry, setEntry] = useState<Entry>({ periods: [{ from: '', to: '' }], nights: '7', arrivalDays: ['SATURDAY'], initialPrice: '', discountKind: 'none', discount: '' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<number | 'lastLoaded' | null>(null);
  const [last] = useQuery({ query: RatesLastEntry, variables: { accommodationId } });
  const [result, setRates] = useMutation(RatesSet);
  const previous = last.data?.lastRatesEntry;

  const initial = parseEuros(entry.initialPrice);
  const discount = discountOf(entry, initial);
  const sale = initial === null || discount === null ? null : discount === undefined ? initial : discount.cents !== undefined && discount.cents !== null ? initial - discount.cents : Math.round(initial * (1 - (discount.percent ?? 0) / 100));

  const loadLast = () => {
    if (!previous) return;
    setEntry({
      periods: previous.periods.map((p) => ({ from: p.from, to: p.to })),
      nights: previous.nights.join(', '),
      arrivalDays: [...previous.arrivalDays],
      initialPrice: euroText(previous.initialPrice.cents),
      discountKind: previous.discount?.percent !== null && previous.discount?.percent !== undefined ? 'percent' : previous.discount?.amount ? 'euros' : 'none',
      discount: previous.discount?.percent !== null && previous.discount?.percent !== undefined ? String(previous.discount.percent).replace('.', ',') : previous.discount?.amount ? euroText(previous.discount.amount.cents) : '',
    });
    setProblem(null);
    setDone('lastLoaded');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const badPeriod = entry.periods.findIndex((p) => p.from === '' || p.to === '' || p.from > p.to);
    if (badPeriod >= 0) return setProblem({ key: 'badPeriod', n: badPeriod + 1 });
    const nights = entry.nights.split(/[,;\s]+/).filter(Boolean).map(Number);
    if (nights.length === 0 || nights.some((n) => !Number.isInteger(n) || n < 1 || n > 90)) return setProblem({ key: 'badNights' });
    if (entry.arrivalDays.length === 0) return setProblem({ key: 'noDay' });
    if (initial === null || initial <= 0) return setProblem({ key: 'badPrice' });
    if (discount === null) return setProblem({ key: 'badDiscount' });
    setProblem(null);
    const answer = await setRates({ input: { accommodationId, periods: entry.periods, nights: [...new Set(nights)], arrivalDays: entry.arrivalDays, initialPrice: initial, discount } });
    if (answer.data) setDone(answer.data.setRates.count);
  };

  const setPeriod = (index: number, side: 'from' | 'to', value: string) =>
    setEntry({ ...entry, periods: entry.periods.map((p, i) => (i === index ? { ...p, [side]: value } : p)) });

  return (
    <section className="card" aria-labelledby="rates-create">
      <h2 id="rates-create">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="toolbar">
        <button type="button" disabled={!previous} onClick={loadLast}>{t('last')}</button>
        {last.data && !previous && <span className="muted">{t('noLast')}</span>}
      </div>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset className="rates-periods">
          <legend>{t('periods')}</legend>
          {entry.periods.map((period, index) => (
            // Periods have no identity but their place in the list.
            <fieldset key={index} className="rates-period">
              <legend>{t('period', { n: index + 1 })}</legend>
              <label>
                {t('from')}
                <input type="date" required value={period.from} onChange={(event) => setPeriod(index, 'from', event.target.value)} />
              </label>
              <label>
                {t('to')}
                <input type="date" required value={period.to} min={period.from || undefined} onChange={(event) => setPeriod(index, 'to', event.target.value)} />
              </label>
              {entry.periods.length > 1 && (
                <button type="button" className="danger" onClick={() => setEntry({ ...entry, periods: entry.periods.filter((_, i) => i !== index) })}>
                  {t('removePeriod', { n: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" onClick={() => setEntry({ ...entry, periods: [...entry.periods, { from: '', to: '' }] })}>{t('addPeriod')}</button>
        </fieldset>
        <label>
          {t('nights')}
          <input required inputMode="numeric" aria-describedby="rates-nights-hint" value={entry.nights} onChange={(event) => setEntry({ ...entry, nights: event.target.value })} />
          <span id="rates-nights-hint" className="muted rates-hint">{t('nightsHint')}</span>
        </label>
        <WeekdayChecks legend={t('arrivalDays')} value={entry.arrivalDays} onChange={(arrivalDays) => setEntry({ ...entry, arrivalDays })} />
        <label>
          {t('initialPrice')}
          <input required inputMode="decimal" value={entry.initialPrice} onChange={(event) => setEntry({ ...entry, initialPrice: event.target.value })} />
        </label>
        <label>
          {t('discount')}
          <select value={entry.discountKind} onChange={(event) => setEntry({ ...entry, discountKind: event.target.value === 'euros' ? 'euros' : event.target.value === 'percent' ? 'percent' : 'none' })}>
            <option value="none">{t('noDiscount')}</option>
            <option value="euros">{t('discountEuros')}</option>
            <option value="percent">{t('discountPercent')}</option>
          </select>
        </label>
        {entry.discountKind !== 'none' && (
          <label>
            {t('discountAmount')} ({entry.discountKind === 'euros' ? '€' : '%'})
            <input inputMode="decimal" value={entry.discount} onChange={(event) => setEntry({ ...entry, discount: event.target.value })} />
          </label>
        )}
        {sale !== null && <p className="rates-sale">{t('salePrice', { price: euros(sale, lang) })}</p>}
        {problem && <p role="alert" className="error">{problem.key === 'badPeriod' ? t('badPeriod', { n: problem.n }) : t(problem.key)}</p>}
        <ErrorMessage error={result.error} />
        {done !== null && (
          <p role="status" className="success">
            {done === 'lastLoaded' ? t('lastLoaded') : t('done', { n: done })} {done !== 'lastLoaded' && <Link href={listHref}>{t('see')}</Link>}
          </p>
        )}
        <button type="submit" className="primary" disabled={result.fetching}>{t('submit')}</button>
      </form>
    </section>
  );
}
