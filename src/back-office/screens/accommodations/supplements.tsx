import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { euros, parseEuros } from '../../format';
import type { SupplementUnit } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { AccommodationChecks } from '../../ui/accommodation-checks';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { AccommodationsList, AccommodationSupplements, DefineSupplement, RemoveSupplement, UpdateSupplement } from './operations';

const messages = defineMessages({
  fr: {
    title: 'Suppléments',
    intro: 'Ménage, draps, animaux… Un supplément obligatoire s’ajoute toujours au séjour ; un supplément facultatif est proposé au client.',
    none: 'Aucun supplément pour cet hébergement.',
    name: 'Supplément',
    price: 'Prix',
    unitHead: 'Unité',
    kindHead: 'Type',
    actions: 'Actions',
    mandatory: 'Obligatoire',
    optional: 'Facultatif',
    PER_STAY: 'par séjour',
    PER_NIGHT: 'par nuit',
    PER_PERSON: 'par personne',
    PER_PERSON_NIGHT: 'par personne et par nuit',
    add: 'Ajouter un supplément',
    addTitle: 'Nouveau supplément',
    editTitle: 'Modifier le supplément',
    edit: 'Modifier',
    remove: 'Supprimer',
    nameFr: 'Nom du supplément en français',
    nameEn: 'Nom du supplément en anglais',
    priceLabel: 'Prix du supplément (€)',
    unit: 'Compté',
    mandatoryLabel: 'Supplément obligatoire',
    appliesTo: 'S’applique aux hébergements',
    save: 'Enregistrer le supplément',
    cancel: 'Annuler',
    badPrice: 'Le prix doit être un montant en euros, par exemple 25 ou 12,50.',
    noAccommodation: 'Choisissez au moins un hébergement.',
    confirm: 'Supprimer le supplément « {name} » ? Il ne sera plus proposé sur aucun des hébergements auxquels il s’applique ; les dossiers déjà établis gardent leurs lignes.',
    confirmYes: 'Oui, supprimer',
    saved: 'Supplément enregistré.',
    removed: 'Supplément supprimé.',
  },
  en: {
    title: 'Supplements',
    intro: 'Cleaning, bed linen, pets… A mandatory supplement is always added to the stay; an optional one is offered to the guest.',
    none: 'No supplement for this accommodation.',
    name: 'Supplement',
    price: 'Price',
    unitHead: 'Unit',
    kindHead: 'Type',
    actions: 'Actions',
    mandatory: 'Mandatory',
    optional: 'Optional',
    PER_STAY: 'per stay',
    PER_NIGHT: 'per night',
    PER_PERSON: 'per person',
    PER_PERSON_NIGHT: 'per person per night',
    add: 'Add a supplement',
    addTitle: 'New supplement',
    editTitle: 'Edit the supplement',
    edit: 'Edit',
    remove: 'Delete',
    nameFr: 'Supplement name in French',
    nameEn: 'Supplement name in English',
    priceLabel: 'Supplement price (€)',
    unit: 'Counted',
    mandatoryLabel: 'Mandatory supplement',
    appliesTo: 'Applies to the accommodations',
    save: 'Save the supplement',
    cancel: 'Cancel',
    badPrice: 'The price must be an amount in euros, e.g. 25 or 12.50.',
    noAccommodation: 'Choose at least one accommodation.',
    confirm: 'Delete the supplement “{name}”? It will no longer be offered on any accommodation it applies to; booking files already made keep their lines.',
    confirmYes: 'Yes, delete',
    saved: 'Supplement saved.',
    removed: 'Supplement deleted.',
  },
});

const UNITS: readonly SupplementUnit[] = ['PER_STAY', 'PER_NIGHT', 'PER_PERSON', 'PER_PERSON_NIGHT'];

interface Draft {
  readonly id: string | null;
  nameFr: string;
  nameEn: string;
  price: string;
  unit: SupplementUnit;
  mandatory: boolean;
  accommodationIds: readonly string[];
}

/** The supplements applying to one accommodation: listed, added, changed, deleted. */
export function Supplements({ accommodationId }: { readonly accommodationId: string }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  // An empty list names no type: the context says which mutations refresh it.
  const context = useMemo(() => ({ additionalTypenames: ['Supplement'] }), []);
  const [list] = useQuery({ query: AccommodationSupplements, variables: { accommodationId }, context });
  const [all] = useQuery({ query: AccommodationsList, variables: { includeArchived: false } });
  const [defineResult, define] = useMutation(DefineSupplement);
  const [updateResult, update] = useMutation(UpdateSupplement);
  const [removeResult, remove] = useMutation(RemoveSupplement);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<'badPrice' | 'noAccommodation' | null>(null);
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const supplements = list.data?.supplements ?? [];

  const start = (id: string | null) => {
    const existing = supplements.find((s) => s.id === id);
    setDone(null);
    setProblem(null);
    setDraft(
      existing
        ? { id: existing.id, nameFr: existing.name.fr ?? '', nameEn: existing.name.en ?? '', price: (existing.price.cents / 100).toFixed(2).replace('.', ','), unit: existing.unit, mandatory: existing.mandatory, accommodationIds: existing.accommodationIds }
        : { id: null, nameFr: '', nameEn: '', price: '', unit: 'PER_STAY', mandatory: false, accommodationIds: [accommodationId] },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const price = parseEuros(draft.price);
    if (price === null || price < 0) return setProblem('badPrice');
    if (draft.accommodationIds.length === 0) return setProblem('noAccommodation');
    setProblem(null);
    const input = { name: { fr: draft.nameFr.trim(), en: draft.nameEn.trim() || null }, price, unit: draft.unit, mandatory: draft.mandatory, accommodationIds: [...draft.accommodationIds] };
    const answer = draft.id ? await update({ id: draft.id, input }) : await define({ input });
    if (answer.data) {
      setDraft(null);
      setDone('saved');
    }
  };

  const confirmRemove = async (id: string) => {
    const answer = await remove({ id });
    if (answer.data) {
      setConfirming(null);
      setDone('removed');
    }
  };

  const name = (s: { name: { fr: string | null; en: string | null } }) => s.name[lang] ?? s.name.fr ?? '';
  return (
    <section className="card" aria-labelledby="accommodations-supplements">
      <h2 id="accommodations-supplements">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {done && <Saved text={t(done)} />}
      {supplements.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-scroll accommodations-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col" className="amount">{t('price')}</th>
                <th scope="col">{t('unitHead')}</th>
                <th scope="col">{t('kindHead')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {supplements.map((s) => (
                <tr key={s.id}>
                  <td>{name(s)}</td>
                  <td className="amount">{euros(s.price.cents, lang)}</td>
                  <td>{t(s.unit)}</td>
                  <td>{s.mandatory ? t('mandatory') : t('optional')}</td>
                  <td className="accommodations-actions">
                    <button type="button" onClick={() => start(s.id)}>
                      {t('edit')}<span className="visually-hidden"> {name(s)}</span>
                    </button>
                    <button type="button" className="danger" onClick={() => setConfirming(s.id)}>
                      {t('remove')}<span className="visually-hidden"> {name(s)}</span>
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
          question={t('confirm', { name: name(supplements.find((s) => s.id === confirming) ?? { name: { fr: '', en: '' } }) })}
          confirm={t('confirmYes')}
          cancel={t('cancel')}
          busy={removeResult.fetching}
          error={removeResult.error}
          onConfirm={() => void confirmRemove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {draft ? (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <h3>{draft.id ? t('editTitle') : t('addTitle')}</h3>
          <label>
            {t('nameFr')}
            <input required autoFocus value={draft.nameFr} onChange={(event) => setDraft({ ...draft, nameFr: event.target.value })} />
          </label>
          <label>
            {t('nameEn')}
            <input value={draft.nameEn} onChange={(event) => setDraft({ ...draft, nameEn: event.target.value })} />
          </label>
          <label>
            {t('priceLabel')}
            <input required inputMode="decimal" value={draft.price} onChange={(event) => setDraft({ ...draft, price: event.target.value })} />
          </label>
          <label>
            {t('unit')}
            <select value={draft.unit} onChange={(event) => setDraft({ ...draft, unit: UNITS.find((u) => u === event.target.value) ?? 'PER_STAY' })}>
              {UNITS.map((u) => (
                <option key={u} value={u}>{t(u)}</option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.mandatory} onChange={(event) => setDraft({ ...draft, mandatory: event.target.checked })} />
            {t('mandatoryLabel')}
          </label>
          <AccommodationChecks legend={t('appliesTo')} accommodations={all.data?.accommodations ?? []} value={draft.accommodationIds} onChange={(accommodationIds) => setDraft({ ...draft, accommodationIds })} />
          {problem && <p role="alert" className="error">{t(problem)}</p>}
          <ErrorMessage error={draft.id ? updateResult.error : defineResult.error} />
          <div className="toolbar">
            <button type="submit" className="primary" disabled={defineResult.fetching || updateResult.fetching}>{t('save')}</button>
            <button type="button" onClick={() => setDraft(null)}>{t('cancel')}</button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => start(null)}>{t('add')}</button>
      )}
    </section>
  );
}
