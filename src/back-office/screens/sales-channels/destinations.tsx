import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { longDay } from '../../format';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import type { ChannelAccommodation } from './accommodation-picker';
import { DestinationListingForm } from './destination-listing-form';
import { useRefreshSoon } from './refresh-soon';

const SalesChannelsMyDestinations = graphql(`
  query SalesChannelsMyDestinations {
    myDestinations {
      joinedAt
      destination { id name kind area website }
      accommodations { id name bookable }
    }
  }
`);

const SalesChannelsFindDestinations = graphql(`
  query SalesChannelsFindDestinations($department: String) {
    destinations(department: $department) { id name kind area website }
  }
`);

const SalesChannelsJoinDestination = graphql(`
  mutation SalesChannelsJoinDestination($destinationId: ID!, $accommodationIds: [ID!]!) {
    joinDestination(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }
  }
`);

const SalesChannelsSetDestinationListing = graphql(`
  mutation SalesChannelsSetDestinationListing($destinationId: ID!, $accommodationIds: [ID!]!) {
    setDestinationListing(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }
  }
`);

const SalesChannelsLeaveDestination = graphql(`
  mutation SalesChannelsLeaveDestination($destinationId: ID!) {
    leaveDestination(destinationId: $destinationId)
  }
`);

const messages = defineMessages({
  fr: {
    mine: 'Mes destinations',
    intro: 'Une destination (agence départementale du tourisme, réseau de labels) propose sur sa place de marché les hébergements de nombreux propriétaires. Les clients y réservent vos hébergements comme sur votre site.',
    noneJoined: 'Vous n’avez rejoint aucune destination.',
    TOURISM_AGENCY: 'Agence départementale du tourisme',
    LABEL_NETWORK: 'Réseau de labels',
    area: 'Départements : {area}',
    joined: 'Rejointe le {day}',
    listed: 'Hébergements proposés :',
    notBookable: 'plus réservable en ligne : la place de marché ne le montre pas',
    change: 'Changer les hébergements proposés',
    save: 'Enregistrer',
    leave: 'Quitter',
    confirmLeave: 'Quitter « {name} » ? Elle ne proposera plus aucun de vos hébergements.',
    find: 'Trouver une destination',
    department: 'Département (numéro, par exemple 24, 2A, 971 ; vide pour toutes)',
    search: 'Chercher',
    found: '{n} destination(s) trouvée(s)',
    noneFound: 'Aucune destination ne couvre ce département.',
    alreadyJoined: 'Déjà rejointe',
    join: 'Rejoindre…',
    confirmJoin: 'Rejoindre',
    site: 'Site de la place de marché',
    done: 'C’est fait.',
  },
  en: {
    mine: 'My destinations',
    intro: 'A destination (a departmental tourism agency, a label network) offers many owners’ accommodations on its marketplace. Guests book your accommodations there as on your site.',
    noneJoined: 'You have joined no destination.',
    TOURISM_AGENCY: 'Departmental tourism agency',
    LABEL_NETWORK: 'Label network',
    area: 'Departments: {area}',
    joined: 'Joined on {day}',
    listed: 'Accommodations offered:',
    notBookable: 'no longer bookable online: the marketplace does not show it',
    change: 'Change the accommodations offered',
    save: 'Save',
    leave: 'Leave',
    confirmLeave: 'Leave “{name}”? It will no longer offer any of your accommodations.',
    find: 'Find a destination',
    department: 'Department (number, e.g. 24, 2A, 971; empty for all)',
    search: 'Search',
    found: '{n} destination(s) found',
    noneFound: 'No destination covers this department.',
    alreadyJoined: 'Already joined',
    join: 'Join…',
    confirmJoin: 'Join',
    site: 'Marketplace site',
    done: 'Done.',
  },
});

export function DestinationsPage({ accommodations }: { accommodations: readonly ChannelAccommodation[] }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const mineTitle = useId();
  const findTitle = useId();
  const [mine, refreshMine] = useQuery({ query: SalesChannelsMyDestinations });
  const refreshSoon = useRefreshSoon(refreshMine);
  const [department, setDepartment] = useState('');
  const [asked, setAsked] = useState<{ department: string | null } | null>(null);
  const [found] = useQuery({ query: SalesChannelsFindDestinations, variables: { department: asked?.department ?? null }, pause: asked === null });
  const [joining, join] = useMutation(SalesChannelsJoinDestination);
  const [changing, change] = useMutation(SalesChannelsSetDestinationListing);
  const [leaving, leave] = useMutation(SalesChannelsLeaveDestination);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const joinedIds = new Set((mine.data?.myDestinations ?? []).map((m) => m.destination.id));
  const kind = (k: string) => (k === 'TOURISM_AGENCY' || k === 'LABEL_NETWORK' ? t(k) : k);
  const after = (ok: boolean) => {
    if (!ok) return;
    setEditing(null);
    setDone(true);
    refreshSoon();
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setAsked({ department: department.trim().toUpperCase() || null });
  };

  return (
    <>
      <section className="card" aria-labelledby={mineTitle}>
        <h2 id={mineTitle}>{t('mine')}</h2>
        <p>{t('intro')}</p>
        <ErrorMessage error={mine.error ?? leaving.error ?? changing.error} />
        {done && <Saved text={t('done')} />}
        {mine.data && mine.data.myDestinations.length === 0 && <p className="muted">{t('noneJoined')}</p>}
        {mine.data?.myDestinations.map((listing) => (
          <article key={listing.destination.id} className="sales-channels-feed">
            <h3>{listing.destination.name}</h3>
            <p className="muted">
              {kind(listing.destination.kind)} · {t('area', { area: listing.destination.area.join(', ') })} · {t('joined', { day: longDay(listing.joinedAt.slice(0, 10), lang) })}
            </p>
            <p>
              <a href={listing.destination.website} target="_blank" rel="noreferrer">
                {t('site')}
              </a>
            </p>
            <p>{t('listed')}</p>
            <ul>
              {listing.accommodations.map((a) => (
                <li key={a.id}>
                  {a.name} {!a.bookable && <span className="muted">({t('notBookable')})</span>}
                </li>
              ))}
            </ul>
            {editing === listing.destination.id ? (
              <DestinationListingForm
                accommodations={accommodations}
                chosen={listing.accommodations.map((a) => a.id)}
                submitLabel={t('save')}
                busy={changing.fetching}
                onSubmit={(ids) => void change({ destinationId: listing.destination.id, accommodationIds: ids }).then((r) => after(Boolean(r.data)))}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="toolbar">
                <button type="button" onClick={() => setEditing(listing.destination.id)}>
                  {t('change')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={leaving.fetching}
                  onClick={() => {
                    if (window.confirm(t('confirmLeave', { name: listing.destination.name }))) void leave({ destinationId: listing.destination.id }).then((r) => after(Boolean(r.data)));
                  }}
                >
                  {t('leave')}
                </button>
              </div>
            )}
          </article>
        ))}
      </section>
      <section className="card" aria-labelledby={findTitle}>
        <h2 id={findTitle}>{t('find')}</h2>
        <form className="form" onSubmit={search}>
          <label>
            {t('department')}
            <input type="text" maxLength={3} autoComplete="off" value={department} onChange={(event) => setDepartment(event.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t('search')}
          </button>
        </form>
        <ErrorMessage error={found.error ?? joining.error} />
        {asked && found.data && (
          <p role="status">{found.data.destinations.length === 0 ? t('noneFound') : t('found', { n: found.data.destinations.length })}</p>
        )}
        {asked &&
          found.data?.destinations.map((destination) => (
            <article key={destination.id} className="sales-channels-feed">
              <h3>{destination.name}</h3>
              <p className="muted">
                {kind(destination.kind)} · {t('area', { area: destination.area.join(', ') })}
              </p>
              <p>
                <a href={destination.website} target="_blank" rel="noreferrer">
                  {t('site')}
                </a>
              </p>
              {joinedIds.has(destination.id) ? (
                <p className="badge">{t('alreadyJoined')}</p>
              ) : editing === `join-${destination.id}` ? (
                <DestinationListingForm
                  accommodations={accommodations}
                  chosen={[]}
                  submitLabel={t('confirmJoin')}
                  busy={joining.fetching}
                  onSubmit={(ids) => void join({ destinationId: destination.id, accommodationIds: ids }).then((r) => after(Boolean(r.data)))}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <button type="button" onClick={() => setEditing(`join-${destination.id}`)}>
                  {t('join')}
                </button>
              )}
            </article>
          ))}
      </section>
    </>
  );
}
