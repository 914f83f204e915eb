import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, Route, Switch, useLocation, useParams, useSearch } from 'wouter';
import type { AccommodationInput, Visibility } from '../graphql/graphql';
import { defineMessages, useMessages } from '../i18n';
import { ErrorMessage } from '../ui/error-message';
import { Saved } from '../ui/saving';
import { AccommodationSheet, AccommodationsList, CreateAccommodation, SetAccommodationVisibility, UpdateAccommodation } from './accommodations/operations';
import { Photos } from './accommodations/photos';
import { Publication, VisibilityChoice } from './accommodations/publication';
import { emptySheet, photosOf, sheetFromAccommodation } from './accommodations/sheet';
import { SheetForm } from './accommodations/sheet-form';
import { Supplements } from './accommodations/supplements';
import './accommodations.css';

const messages = defineMessages({
  fr: {
    title: 'Hébergements',
    add: 'Ajouter un hébergement',
    showArchived: 'Afficher les hébergements archivés',
    none: 'Vous n’avez encore aucun hébergement.',
    name: 'Nom',
    reference: 'Référence',
    capacity: 'Capacité',
    city: 'Commune',
    visibility: 'Visibilité',
    people: '{n} pers.',
    archived: 'Archivé',
    BOOKABLE: 'Réservable en ligne',
    LISTED: 'Visible',
    HIDDEN: 'Masqué',
    newTitle: 'Nouvel hébergement',
    step: 'Étape 2 sur 2 : votre premier hébergement',
    stepIntro: 'Décrivez votre hébergement ; vous saisirez ensuite ses tarifs.',
    create: 'Enregistrer l’hébergement',
    createThenRates: 'Enregistrer et passer aux tarifs',
    back: '← Tous les hébergements',
    save: 'Enregistrer la fiche',
    saved: 'Fiche enregistrée.',
    rates: 'Tarifs de cet hébergement',
    notFound: 'Cet hébergement est introuvable.',
    sheet: 'Fiche descriptive',
  },
  en: {
    title: 'Accommodations',
    add: 'Add an accommodation',
    showArchived: 'Show archived accommodations',
    none: 'You have no accommodation yet.',
    name: 'Name',
    reference: 'Reference',
    capacity: 'Capacity',
    city: 'Town',
    visibility: 'Visibility',
    people: '{n} people',
    archived: 'Archived',
    BOOKABLE: 'Bookable online',
    LISTED: 'Visible',
    HIDDEN: 'Hidden',
    newTitle: 'New accommodation',
    step: 'Step 2 of 2: your first accommodation',
    stepIntro: 'Describe your accommodation; you will then enter its rates.',
    create: 'Save the accommodation',
    createThenRates: 'Save and go to rates',
    back: '← All accommodations',
    save: 'Save the sheet',
    saved: 'Sheet saved.',
    rates: 'Rates of this accommodation',
    notFound: 'This accommodation cannot be found.',
    sheet: 'Description sheet',
  },
});

/** "Hébergements": the owner's accommodations, each one's sheet, photos and supplements. */
export function AccommodationsScreen() {
  return (
    <Switch>
      <Route path="/" component={AccommodationList} />
      <Route path="/new" component={NewAccommodation} />
      <Route path="/:id" component={EditAccommodation} />
    </Switch>
  );
}

function AccommodationList() {
  const t = useMessages(messages);
  const [includeArchived, setIncludeArchived] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Accommodation'] }), []);
  const [list] = useQuery({ query: AccommodationsList, variables: { includeArchived }, context });
  const accommodations = list.data?.accommodations ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="toolbar">
        <Link href="/new" className="accommodations-add">{t('add')}</Link>
        <label className="check">
          <input type="checkbox" checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />
          {t('showArchived')}
        </label>
      </div>
      <ErrorMessage error={list.error} />
      {list.data && accommodations.length === 0 && <p>{t('none')}</p>}
      {accommodations.length > 0 && (
        <div className="table-scroll accommodations-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('reference')}</th>
                <th scope="col">{t('capacity')}</th>
                <th scope="col">{t('city')}</th>
                <th scope="col">{t('visibility')}</th>
              </tr>
            </thead>
            <tbody>
              {accommodations.map((a) => (
                <tr key={a.id}>
                  <td><Link href={`/${a.id}`}>{a.name}</Link></td>
                  <td>{a.reference}</td>
                  <td>{t('people', { n: a.minCapacity === a.maxCapacity ? a.maxCapacity : `${a.minCapacity}–${a.maxCapacity}` })}</td>
                  <td>{a.city}</td>
                  <td>{a.archived ? <span className="badge">{t('archived')}</span> : t(a.visibility)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A new accommodation's sheet; at the first connection, step 2, then on to its rates. */
function NewAccommodation() {
  const t = useMessages(messages);
  const first = new URLSearchParams(useSearch()).get('first') === '1';
  const [, navigate] = useLocation();
  const [visibility, setVisibility] = useState<Visibility>('HIDDEN');
  const [createResult, create] = useMutation(CreateAccommodation);
  const [visibilityResult, saveVisibility] = useMutation(SetAccommodationVisibility);
  const initial = useMemo(() => emptySheet(), []);

  const submit = async (input: AccommodationInput) => {
    const answer = await create({ input });
    const created = answer.data?.createAccommodation;
    if (!created) return;
    if (visibility !== 'HIDDEN' && !(await saveVisibility({ id: created.id, visibility })).data) {
      navigate(`/${created.id}`);
      return;
    }
    navigate(`~/app/rates?accommodation=${encodeURIComponent(created.id)}${first ? '&first=1' : ''}`);
  };

  return (
    <>
      {!first && <p><Link href="/">{t('back')}</Link></p>}
      <h1>{first ? t('step') : t('newTitle')}</h1>
      {first && <p>{t('stepIntro')}</p>}
      <SheetForm
        initial={initial}
        photos={[]}
        submitLabel={t('createThenRates')}
        fetching={createResult.fetching || visibilityResult.fetching}
        error={createResult.error ?? visibilityResult.error}
        onSubmit={(input) => void submit(input)}
      >
        <VisibilityChoice value={visibility} onChange={setVisibility} />
      </SheetForm>
    </>
  );
}

function EditAccommodation() {
  const t = useMessages(messages);
  const { id = '' } = useParams<{ id: string }>();
  const [sheet] = useQuery({ query: AccommodationSheet, variables: { id } });
  const [updateResult, update] = useMutation(UpdateAccommodation);
  const [saved, setSaved] = useState(false);
  const accommodation = sheet.data?.accommodation;

  if (sheet.fetching && !sheet.data) return <p className="loading" aria-busy="true">…</p>;
  if (!accommodation) {
    return (
      <>
        <p><Link href="/">{t('back')}</Link></p>
        <ErrorMessage error={sheet.error} />
        {!sheet.error && <p role="alert">{t('notFound')}</p>}
      </>
    );
  }
  const submit = async (input: AccommodationInput) => {
    setSaved(false);
    if ((await update({ id, input })).data) setSaved(true);
  };
  return (
    <>
      <p><Link href="/">{t('back')}</Link></p>
      <h1>{accommodation.name} <span className="muted accommodations-reference">{accommodation.reference}</span></h1>
      {!accommodation.archived && <p><Link href={`~/app/rates?accommodation=${encodeURIComponent(id)}`}>{t('rates')}</Link></p>}
      {!accommodation.archived && (
        <section className="card">
          <h2>{t('sheet')}</h2>
          <SheetForm
            key={accommodation.id}
            initial={sheetFromAccommodation(accommodation)}
            photos={photosOf(accommodation)}
            submitLabel={t('save')}
            fetching={updateResult.fetching}
            error={updateResult.error}
            onSubmit={(input) => void submit(input)}
          >
            {saved && <Saved text={t('saved')} />}
          </SheetForm>
        </section>
      )}
      {!accommodation.archived && <Photos key={`photos-${accommodation.id}`} accommodation={accommodation} />}
      {!accommodation.archived && <Supplements accommodationId={accommodation.id} />}
      <Publication key={`publication-${accommodation.id}-${String(accommodation.archived)}`} accommodation={accommodation} />
    </>
  );
}
