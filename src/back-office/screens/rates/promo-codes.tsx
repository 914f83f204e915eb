import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { euros, parseEuros } from '../../format';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { AccommodationChecks } from '../../ui/accommodation-checks';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { parsePercent, percentText, usePeriodText } from './common';
import { RatesCreatePromoCode, RatesPromoCodes, RatesRemovePromoCode } from './operations';

const messages = defineMessages({
  fr: {
    title: 'Codes promo',
    intro: 'Un code que le client saisit en réservant, pour une remise sur le prix de l’hébergement (jamais sur les suppléments).',
    none: 'Aucun code promo.',
    code: 'Code',
    codeLabel: 'Code (3 à 20 lettres ou chiffres)',
    internal: 'Libellé interne',
    internalLabel: 'Libellé interne (pour vous seul)',
    labelFr: 'Libellé affiché aux clients, en français',
    labelEn: 'Libellé affiché aux clients, en anglais',
    discount: 'Remise',
    discountKind: 'Type de remise',
    euros: 'En euros',
    percent: 'En pourcentage',
    amount: 'Montant de la remise',
    usage: 'Utilisation',
    MULTIPLE: 'Plusieurs fois',
    SINGLE: 'Une seule fois',
    used: 'déjà utilisé',
    combines: 'Cumulable avec les promotions',
    validFrom: 'Valable à partir du (facultatif)',
    validTo: 'Valable jusqu’au (facultatif)',
    validity: 'Validité',
    actions: 'Actions',
    add: 'Créer le code promo',
    accommodationsConcerned: 'Hébergements concernés',
    addTitle: 'Nouveau code promo',
    remove: 'Supprimer',
    confirm: 'Supprimer le code {code} ? Il ne sera plus accepté ; les séjours déjà réservés gardent leur prix.',
    confirmYes: 'Oui, supprimer',
    cancel: 'Annuler',
    created: 'Code promo créé.',
    removed: 'Code promo supprimé.',
    badCode: 'Le code doit compter 3 à 20 lettres (sans accents) ou chiffres.',
    badAmount: 'Indiquez une remise en euros (par exemple 20 ou 12,50) ou un pourcentage jusqu’à 100.',
    noAccommodation: 'Choisissez au moins un hébergement.',
  },
  en: {
    title: 'Promo codes',
    intro: 'A code the guest types in when booking, for a discount on the accommodation price (never the supplements).',
    none: 'No promo code.',
    code: 'Code',
    codeLabel: 'Code (3 to 20 letters or digits)',
    internal: 'Internal label',
    internalLabel: 'Internal label (for you only)',
    labelFr: 'Label shown to guests, in French',
    labelEn: 'Label shown to guests, in English',
    discount: 'Discount',
    discountKind: 'Kind of discount',
    euros: 'In euros',
    percent: 'As a percentage',
    amount: 'Discount amount',
    usage: 'Use',
    MULTIPLE: 'Several times',
    SINGLE: 'Once only',
    used: 'already used',
    combines: 'Adds to promotions',
    validFrom: 'Valid from (optional)',
    validTo: 'Valid until (optional)',
    validity: 'Validity',
    actions: 'Actions',
    add: 'Create the promo code',
    accommodationsConcerned: 'Accommodations concerned',
    addTitle: 'New promo code',
    remove: 'Delete',
    confirm: 'Delete the code {code}? It will no longer be accepted; stays already booked keep their price.',
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
    created: 'Promo code created.',
    removed: 'Promo code deleted.',
    badCode: 'The code must have 3 to 20 letters (no accents) or digits.',
    badAmount: 'Give a discount in euros (e.g. 20 or 12.50) or a percentage up to 100.',
    noAccommodation: 'Choose at least one accommodation.',
  },
});

type Accommodations = readonly { readonly id: string; readonly name: string; readonly reference: string }[];

/** Promo codes: listed, created, deleted. */
export function PromoCodes({ accommodationId, accommodations }: { readonly accommodationId: string; readonly accommodations: Accommodations }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const context = useMemo(() => ({ additionalTypenames: ['PromoCode'] }), []);
  const [list, refresh] = useQuery({ query: RatesPromoCodes, context });
  const [creation, create] = useMutation(RatesCreatePromoCode);
  const [removal, remove] = useMutation(RatesRemovePromoCode);
  const blank = { code: '', internalLabel: '', labelFr: '', labelEn: '', kind: 'percent' as 'percent' | 'euros', amount: '', single: false, combines: false, validFrom: '', validTo: '' };
  const [form, setForm] = useState({ ...blank, accommodationIds: [accommodationId] });
  const [problem, setProblem] = useState<'badCode' | 'badAmount' | 'noAccommodation' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<'created' | 'removed' | null>(null);
  const codes = list.data?.promoCodes ?? [];
  const validity = usePeriodText();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const code = form.code.trim().toUpperCase();
    if (!/^[A-Z0-9]{3,20}$/.test(code)) return setProblem('badCode');
    const cents = form.kind === 'euros' ? parseEuros(form.amount) : null;
    const percent = form.kind === 'percent' ? parsePercent(form.amount) : null;
    if (form.kind === 'euros' ? cents === null || cents <= 0 : percent === null || percent <= 0 || percent > 100) return setProblem('badAmount');
    if (form.accommodationIds.length === 0) return setProblem('noAccommodation');
    setProblem(null);
    const input = {
      code,
      internalLabel: form.internalLabel.trim(),
      label: { fr: form.labelFr.trim(), en: form.labelEn.trim() || null },
      cents,
      percent,
      usage: form.single ? ('SINGLE' as const) : ('MULTIPLE' as const),
      combinesWithPromotions: form.combines,
      validFrom: form.validFrom || null,
      validTo: form.validTo || null,
      accommodationIds: form.accommodationIds,
    };
    if ((await create({ input })).data) {
      setForm({ ...blank, accommodationIds: form.accommodationIds });
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

  return (
    <section className="card" aria-labelledby="rates-promo-codes">
      <h2 id="rates-promo-codes">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ErrorMessage error={list.error} />
      {done && <Saved text={t(done)} />}
      {list.data && codes.length === 0 && <p>{t('none')}</p>}
      {codes.length > 0 && (
        <div className="table-scroll rates-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('internal')}</th>
                <th scope="col" className="amount">{t('discount')}</th>
                <th scope="col">{t('usage')}</th>
                <th scope="col">{t('validity')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {codes.map((c) => (
                <tr key={c.id}>
                  <td><strong>{c.code}</strong></td>
                  <td>{c.internalLabel}</td>
                  <td className="amount">{c.amount ? euros(c.amount.cents, lang) : c.percent !== null && c.percent !== undefined ? percentText(c.percent, lang) : '—'}</td>
                  <td>
                    {t(c.usage)} {c.used && <span className="badge">{t('used')}</span>}
                  </td>
                  <td>{validity(c.validFrom, c.validTo)}</td>
                  <td>
                    <button type="button" className="danger" onClick={() => setConfirming(c.id)}>
                      {t('remove')}<span className="visually-hidden"> {c.code}</span>
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
          question={t('confirm', { code: codes.find((c) => c.id === confirming)?.code ?? '' })}
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
          {t('codeLabel')}
          <input required value={form.code} autoCapitalize="characters" onChange={(event) => setForm({ ...form, code: event.target.value })} />
        </label>
        <label>
          {t('internalLabel')}
          <input required value={form.internalLabel} onChange={(event) => setForm({ ...form, internalLabel: event.target.value })} />
        </label>
        <label>
          {t('labelFr')}
          <input required value={form.labelFr} onChange={(event) => setForm({ ...form, labelFr: event.target.value })} />
        </label>
        <label>
          {t('labelEn')}
          <input value={form.labelEn} onChange={(event) => setForm({ ...form, labelEn: event.target.value })} />
        </label>
        <label>
          {t('discountKind')}
          <select value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value === 'euros' ? 'euros' : 'percent' })}>
            <option value="percent">{t('percent')}</option>
            <option value="euros">{t('euros')}</option>
          </select>
        </label>
        <label>
          {t('amount')} ({form.kind === 'euros' ? '€' : '%'})
          <input required inputMode="decimal" value={form.amount} onChange={(event) => setForm({ ...form, amount: event.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={form.single} onChange={(event) => setForm({ ...form, single: event.target.checked })} />
          {t('SINGLE')}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.combines} onChange={(event) => setForm({ ...form, combines: event.target.checked })} />
          {t('combines')}
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
