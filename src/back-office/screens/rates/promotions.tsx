import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { PromotionKind } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { AccommodationChecks } from '../../ui/accommodation-checks';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { parsePercent, percentText, usePeriodText } from './common';
import { RatesCreatePromotion, RatesPromotions, RatesRemovePromotion } from './operations';

const messages = defineMessages({
  fr: {
    title: 'Promotions',
    intro: 'Une remise en pourcentage sur le prix de l’hébergement (jamais sur les suppléments), pour les réservations de dernière minute ou anticipées.',
    none: 'Aucune promotion.',
    kind: 'Type de promotion',
    LAST_MINUTE: 'Dernière minute',
    EARLY_BOOKING: 'Réservation anticipée',
    percent: 'Remise (%)',
    days: 'Nombre de jours entre la réservation et l’arrivée',
    condition: 'Condition',
    lastMinuteRule: 'réservé moins de {n} jours avant l’arrivée',
    earlyRule: 'réservé plus de {n} jours avant l’arrivée',
    validity: 'Validité',
    accommodations: 'Hébergements',
    actions: 'Actions',
    validFrom: 'Réservations à partir du (facultatif)',
    validTo: 'Réservations jusqu’au (facultatif)',
    add: 'Créer la promotion',
    accommodationsConcerned: 'Hébergements concernés',
    addTitle: 'Nouvelle promotion',
    remove: 'Supprimer',
    confirm: 'Supprimer cette promotion ? Les séjours déjà réservés gardent leur prix.',
    confirmYes: 'Oui, supprimer',
    cancel: 'Annuler',
    created: 'Promotion créée.',
    removed: 'Promotion supprimée.',
    badPercent: 'La remise doit être un pourcentage, jusqu’à 100, deux décimales au plus.',
    badDays: 'Le nombre de jours doit être un nombre entier.',
    noAccommodation: 'Choisissez au moins un hébergement.',
  },
  en: {
    title: 'Promotions',
    intro: 'A percentage off the accommodation price (never the supplements), for last-minute or early bookings.',
    none: 'No promotion.',
    kind: 'Kind of promotion',
    LAST_MINUTE: 'Last minute',
    EARLY_BOOKING: 'Early booking',
    percent: 'Discount (%)',
    days: 'Days between booking and arrival',
    condition: 'Condition',
    lastMinuteRule: 'booked less than {n} days before arrival',
    earlyRule: 'booked more than {n} days before arrival',
    validity: 'Validity',
    accommodations: 'Accommodations',
    actions: 'Actions',
    validFrom: 'Bookings from (optional)',
    validTo: 'Bookings until (optional)',
    add: 'Create the promotion',
    accommodationsConcerned: 'Accommodations concerned',
    addTitle: 'New promotion',
    remove: 'Delete',
    confirm: 'Delete this promotion? Stays already booked keep their price.',
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
    created: 'Promotion created.',
    removed: 'Promotion deleted.',
    badPercent: 'The discount must be a percentage, up to 100, two decimals at most.',
    badDays: 'The number of days must be a whole number.',
    noAccommodation: 'Choose at least one accommodation.',
  },
});

type Accommodations = readonly { readonly id: string; readonly name: string; readonly reference: string }[];

/** Last-minute and early-booking promotions: listed, created, deleted. */
export function Promotions({ accommodationId, accommodations }: { readonly accommodationId: string; readonly accommodations: Accommodations }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const context = useMemo(() => ({ additionalTypenames: ['Promotion'] }), []);
  const [list, refresh] = useQuery({ query: RatesPromotions, context });
  const [creation, create] = useMutation(RatesCreatePromotion);
  const [removal, remove] = useMutation(RatesRemovePromotion);
  const [form, setForm] = useState({ kind: 'LAST_MINUTE' as PromotionKind, percent: '', days: '', validFrom: '', validTo: '', accommodationIds: [accommodationId] });
  const [problem, setProblem] = useState<'badPercent' | 'badDays' | 'noAccommodation' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<'created' | 'removed' | null>(null);
  const names = (ids: readonly string[]) => ids.map((id) => accommodations.find((a) => a.id === id)?.name).filter(Boolean).join(', ');
  const validity = usePeriodText();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const percent = parsePercent(form.percent);
    if (percent === null || percent <= 0 || percent > 100) return setProblem('badPercent');
    if (!/^\d+$/.test(form.days.trim())) return setProblem('badDays');
    if (form.accommodationIds.length === 0) return setProblem('noAccommodation');
    setProblem(null);
    const input = { kind: form.kind, percent, days: Number(form.days.trim()), validFrom: form.validFrom || null, validTo: form.validTo || null, accommodationIds: form.accommodationIds };
    if ((await create({ input })).data) {
      setForm({ ...form, percent: '', days: '', validFrom: '', validTo: '' });
      setDone('created');
    }
  };
  const confirmRemove = async (id: string) => {
    if ((await remove({ id })).data) {
      setConfirming(null);
      setDone('removed');
      refresh({ requestPolicy: 'network-only' });
    }
  };

  const promotions = list.data?.promotions ?? [];
  return (
    <section className="card" aria-labelledby="rates-promotions">
      <h2 id="rates-promotions">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ErrorMessage error={list.error} />
      {done && <Saved text={t(done)} />}
      {list.data && promotions.length === 0 && <p>{t('none')}</p>}
      {promotions.length > 0 && (
        <div className="table-scroll rates-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('kind')}</th>
                <th scope="col" className="amount">{t('percent')}</th>
                <th scope="col">{t('condition')}</th>
                <th scope="col">{t('validity')}</th>
                <th scope="col">{t('accommodations')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {promotions.map((p) => (
                <tr key={p.id}>
                  <td>{t(p.kind)}</td>
                  <td className="amount">{percentText(p.percent, lang)}</td>
                  <td>{t(p.kind === 'LAST_MINUTE' ? 'lastMinuteRule' : 'earlyRule', { n: p.days })}</td>
                  <td>{validity(p.validFrom, p.validTo)}</td>
                  <td>{names(p.accommodationIds)}</td>
                  <td>
                    <button type="button" className="danger" onClick={() => setConfirming(p.id)}>
                      {t('remove')}<span className="visually-hidden"> {t(p.kind)} {percentText(p.percent, lang)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          question={t('confirm')}
          confirm={t('confirmYes')}
          cancel={t('cancel')}
          busy={removal.fetching}
          error={removal.error}
          onConfirm={() => void confirmRemove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      <h3>{t('addTitle')}</h3>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('kind')}
          <select value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value === 'EARLY_BOOKING' ? 'EARLY_BOOKING' : 'LAST_MINUTE' })}>
            <option value="LAST_MINUTE">{t('LAST_MINUTE')}</option>
            <option value="EARLY_BOOKING">{t('EARLY_BOOKING')}</option>
          </select>
        </label>
        <label>
          {t('percent')}
          <input required inputMode="decimal" value={form.percent} onChange={(event) => setForm({ ...form, percent: event.target.value })} />
        </label>
        <label>
          {t('days')}
          <input required inputMode="numeric" value={form.days} onChange={(event) => setForm({ ...form, days: event.target.value })} />
        </label>
        <label>
          {t('validFrom')}
          <input type="date" value={form.validFrom} onChange={(event) => setForm({ ...form, validFrom: event.target.value })} />
        </label>
        <label>
          {t('validTo')}
          <input type="date" value={form.validTo} onChange={(event) => setForm({ ...form, validTo: event.target.value })} />
        </label>
        <AccommodationChecks legend={t('accommodationsConcerned')} accommodations={accommodations} value={form.accommodationIds} onChange={(accommodationIds) => setForm({ ...form, accommodationIds })} />
        {problem && <p role="alert" className="error">{t(problem)}</p>}
        <ErrorMessage error={creation.error} />
        <button type="submit" className="primary" disabled={creation.fetching}>{t('add')}</button>
      </form>
    </section>
  );
}
