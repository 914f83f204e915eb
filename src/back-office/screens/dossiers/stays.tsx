import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { euros, longDay, nightsBetween, parseEuros } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import type { Accommodations, AgeRanges, FileData } from './file-query';

const ChangeStay = graphql(`
  mutation DossiersChangeStay($id: ID!, $accommodationId: ID, $arrival: Date!, $departure: Date!) {
    changeDossierStay(id: $id, accommodationId: $accommodationId, arrival: $arrival, departure: $departure) { id status }
  }
`);
const ChangeOccupants = graphql(`
  mutation DossiersChangeOccupants($id: ID!, $accommodationId: ID, $occupants: [OccupantsInput!]!) {
    changeDossierOccupants(id: $id, accommodationId: $accommodationId, occupants: $occupants) { id status }
  }
`);
const SetStayPrice = graphql(`
  mutation DossiersSetStayPrice($id: ID!, $accommodationId: ID, $cents: Int!) {
    setDossierStayPrice(id: $id, accommodationId: $accommodationId, cents: $cents) { id status }
  }
`);
const AddSupplement = graphql(`
  mutation DossiersAddGlobalSupplement($id: ID!, $label: String!, $cents: Int!) {
    addGlobalSupplement(id: $id, label: $label, cents: $cents) { id status }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Séjours',
    stay: 'Du {from} au {to}',
    nights: '{n} nuit(s)',
    occupants: 'Occupants',
    accommodationPrice: 'Prix de l’hébergement',
    byHand: '(fixé à la main)',
    supplements: 'Suppléments',
    discounts: 'Réductions',
    price: 'Prix du séjour',
    touristTax: 'Taxe de séjour (à part)',
    changeDates: 'Changer les dates',
    arrival: 'Arrivée',
    departure: 'Départ',
    saveDates: 'Déplacer le séjour',
    changeOccupants: 'Changer les occupants',
    saveOccupants: 'Enregistrer les occupants',
    changePrice: 'Fixer le prix de l’hébergement',
    newPrice: 'Prix de l’hébergement (€)',
    savePrice: 'Enregistrer le prix',
    badAmount: 'Saisissez un montant, par exemple 450 ou 450,50.',
    done: 'Séjour modifié : prix et solde recalculés.',
    globalTitle: 'Suppléments du dossier',
    globalNone: 'Aucun supplément sur l’ensemble du dossier.',
    addGlobal: 'Ajouter un supplément (frais d’annulation, geste commercial…)',
    label: 'Libellé',
    amount: 'Montant (€, négatif pour une réduction)',
    saveGlobal: 'Ajouter le supplément',
    globalDone: 'Supplément ajouté.',
    labelNeeded: 'Donnez un libellé.',
    unknown: 'Hébergement supprimé',
    discount: 'Remise sur le dossier',
  },
  en: {
    title: 'Stays',
    stay: '{from} to {to}',
    nights: '{n} night(s)',
    occupants: 'Occupants',
    accommodationPrice: 'Accommodation price',
    byHand: '(set by hand)',
    supplements: 'Supplements',
    discounts: 'Discounts',
    price: 'Stay price',
    touristTax: 'Tourist tax (apart)',
    changeDates: 'Change the dates',
    arrival: 'Arrival',
    departure: 'Departure',
    saveDates: 'Move the stay',
    changeOccupants: 'Change the occupants',
    saveOccupants: 'Save the occupants',
    changePrice: 'Set the accommodation price',
    newPrice: 'Accommodation price (€)',
    savePrice: 'Save the price',
    badAmount: 'Type an amount, for instance 450 or 450.50.',
    done: 'Stay changed: price and balance worked out again.',
    globalTitle: 'File supplements',
    globalNone: 'No supplement on the whole file.',
    addGlobal: 'Add a supplement (cancellation fees, goodwill gesture…)',
    label: 'Label',
    amount: 'Amount (€, negative for a reduction)',
    saveGlobal: 'Add the supplement',
    globalDone: 'Supplement added.',
    labelNeeded: 'Give a label.',
    unknown: 'Deleted accommodation',
    discount: 'Discount on the file',
  },
});

type Stay = FileData['stays'][number];

/** Each accommodation's nights: dates, occupants by age range, price; what the API lets change, changed in place. */
export function StaysPart({ file, ageRanges, accommodations }: { file: FileData; ageRanges: AgeRanges; accommodations: Accommodations }) {
  const t = useMessages(messages);
  const names = new Map(accommodations.map((a) => [a.id, a.name]));
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-stays">
      <h2 id="dossiers-stays">{t('title')}</h2>
      {file.stays.map((stay) => (
        <StayCard key={stay.id} file={file} stay={stay} name={names.get(stay.accommodationId) ?? t('unknown')} ageRanges={ageRanges} several={file.stays.length > 1} />
      ))}
    </section>
  );
}

function StayCard({ file, stay, name, ageRanges, several }: { file: FileData; stay: Stay; name: string; ageRanges: AgeRanges; several: boolean }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [dates, setDates] = useState({ arrival: stay.arrival, departure: stay.departure });
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(ageRanges.map((r) => [r.id, String(stay.occupants.find((o) => o.ageRangeId === r.id)?.count ?? 0)])));
  const [price, setPrice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [stayResult, changeStay] = useMutation(ChangeStay);
  const [occupantsResult, changeOccupants] = useMutation(ChangeOccupants);
  const [priceResult, setStayPrice] = useMutation(SetStayPrice);
  const editable = file.status !== 'CANCELLED' && !file.guestErasedAt;
  const accommodationId = several ? stay.accommodationId : null;
  const rangeLabel = (id: string) => ageRanges.find((r) => r.id === id)?.label ?? id;
  const after = (ok: boolean) => {
    setDone(ok);
    if (ok) setProblem(null);
  };

  const moveStay = async (event: FormEvent) => {
    event.preventDefault();
    after(Boolean((await changeStay({ id: file.id, accommodationId, ...dates })).data));
  };
  const saveOccupants = async (event: FormEvent) => {
    event.preventDefault();
    const occupants = Object.entries(counts)
      .map(([ageRangeId, count]) => ({ ageRangeId, count: Number(count) }))
      .filter((o) => Number.isInteger(o.count) && o.count > 0);
    after(Boolean((await changeOccupants({ id: file.id, accommodationId, occupants })).data));
  };
  const savePrice = async (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(price);
    if (cents === null || cents < 0) return setProblem(t('badAmount'));
    const ok = Boolean((await setStayPrice({ id: file.id, accommodationId, cents })).data);
    after(ok);
    if (ok) setPrice('');
  };
  const lineLabel = (label: { fr?: string | null; en?: string | null }) => label[lang] ?? label.fr ?? label.en ?? '';

  return (
    <article className="dossiers-stay">
      <h3>{name}</h3>
      <p>
        {t('stay', { from: longDay(stay.arrival, lang), to: longDay(stay.departure, lang) })} · {t('nights', { n: nightsBetween(stay.arrival, stay.departure) })}
      </p>
      <dl className="dossiers-details">
        <div>
          <dt>{t('occupants')}</dt>
          <dd>{stay.occupants.map((o) => `${o.count} × ${rangeLabel(o.ageRangeId)}`).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('accommodationPrice')}</dt>
          <dd>
            {euros(stay.accommodationPrice.cents, lang)} {stay.priceOverridden && <span className="muted">{t('byHand')}</span>}
          </dd>
        </div>
        {stay.discounts.length > 0 && (
          <div>
            <dt>{t('discounts')}</dt>
            <dd>{stay.discounts.map((d) => `${lineLabel(d.label)} : ${euros(d.amount.cents, lang)}`).join(' · ')}</dd>
          </div>
        )}
        {stay.supplements.length > 0 && (
          <div>
            <dt>{t('supplements')}</dt>
            <dd>{stay.supplements.map((s) => `${lineLabel(s.label)} : ${euros(s.amount.cents, lang)}`).join(' · ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('price')}</dt>
          <dd>
            <strong>{euros(stay.price.cents, lang)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('touristTax')}</dt>
          <dd>{euros(stay.touristTax.cents, lang)}</dd>
        </div>
      </dl>
      {editable && (
        <div className="dossiers-edits">
          <details>
            <summary>{t('changeDates')}</summary>
            <form className="form" onSubmit={(event) => void moveStay(event)}>
              <label>
                {t('arrival')}
                <input type="date" value={dates.arrival} required onChange={(e) => setDates({ ...dates, arrival: e.target.value })} />
              </label>
              <label>
                {t('departure')}
                <input type="date" value={dates.departure} required onChange={(e) => setDates({ ...dates, departure: e.target.value })} />
              </label>
              <ErrorMessage error={stayResult.error} />
              <div>
                <button type="submit" className="primary" disabled={stayResult.fetching}>
                  {t('saveDates')}
                </button>
              </div>
            </form>
          </details>
          <details>
            <summary>{t('changeOccupants')}</summary>
            <form className="form" onSubmit={(event) => void saveOccupants(event)}>
              {ageRanges.map((r) => (
                <label key={r.id}>
                  {r.label}
                  <input type="number" min={0} max={99} value={counts[r.id] ?? '0'} onChange={(e) => setCounts({ ...counts, [r.id]: e.target.value })} />
                </label>
              ))}
              <ErrorMessage error={occupantsResult.error} />
              <div>
                <button type="submit" className="primary" disabled={occupantsResult.fetching}>
                  {t('saveOccupants')}
                </button>
              </div>
            </form>
          </details>
          <details>
            <summary>{t('changePrice')}</summary>
            <form className="form" onSubmit={(event) => void savePrice(event)} noValidate>
              <label>
                {t('newPrice')}
                <input inputMode="decimal" value={price} required onChange={(e) => setPrice(e.target.value)} />
              </label>
              <ErrorMessage error={priceResult.error} />
              <div>
                <button type="submit" className="primary" disabled={priceResult.fetching}>
                  {t('savePrice')}
                </button>
              </div>
            </form>
          </details>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {done && (
        <p role="status" className="success">
          {t('done')}
        </p>
      )}
    </article>
  );
}

/** Free lines on the whole file (cancellation fees, a reduction): the API adds them, it does not take them back. */
export function GlobalSupplementsPart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [form, setForm] = useState({ label: '', amount: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [result, add] = useMutation(AddSupplement);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const cents = parseEuros(form.amount);
    if (!form.label.trim()) return setProblem(t('labelNeeded'));
    if (cents === null) return setProblem(t('badAmount'));
    setProblem(null);
    const answer = await add({ id: file.id, label: form.label.trim(), cents });
    if (!answer.data) return;
    setForm({ label: '', amount: '' });
    setDone(true);
  };
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-global">
      <h2 id="dossiers-global">{t('globalTitle')}</h2>
      {file.globalSupplements.length === 0 && !file.discount ? (
        <p className="muted">{t('globalNone')}</p>
      ) : (
        <ul className="dossiers-lines">
          {file.globalSupplements.map((s) => (
            <li key={s.id}>
              <span>{s.label}</span> <span className="amount">{euros(s.amount.cents, lang)}</span>
            </li>
          ))}
          {file.discount && (
            <li>
              <span>{file.discount.label ?? t('discount')}</span> <span className="amount">{euros(-file.discount.amount.cents, lang)}</span>
            </li>
          )}
        </ul>
      )}
      {!file.guestErasedAt && (
        <details>
          <summary>{t('addGlobal')}</summary>
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <label>
              {t('label')}
              <input value={form.label} required onChange={(e) => setForm({ ...form, label: e.target.value })} />
            </label>
            <label>
              {t('amount')}
              <input inputMode="decimal" value={form.amount} required onChange={(e) => setForm({ ...form, amount: e.target.value })} />
            </label>
            {problem && (
              <p role="alert" className="error">
                {problem}
              </p>
            )}
            <ErrorMessage error={result.error} />
            {done && (
              <p role="status" className="success">
                {t('globalDone')}
              </p>
            )}
            <div>
              <button type="submit" className="primary" disabled={result.fetching}>
                {t('saveGlobal')}
              </button>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
