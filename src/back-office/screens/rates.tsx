import { Link, Route, Switch, useLocation, useSearch } from 'wouter';
import { useQuery } from 'urql';
import { defineMessages, useMessages } from '../i18n';
import { ErrorMessage } from '../ui/error-message';
import { Saved } from '../ui/saving';
import { CreateRates } from './rates/create';
import { RatesListing } from './rates/list';
import { RatesAccommodations } from './rates/operations';
import { PromoCodes } from './rates/promo-codes';
import { Promotions } from './rates/promotions';
import './rates.css';

const messages = defineMessages({
  fr: {
    title: 'Tarifs',
    accommodation: 'Hébergement',
    sections: 'Rubriques des tarifs',
    create: 'Créer des tarifs',
    list: 'Voir les tarifs',
    promotions: 'Promotions',
    codes: 'Codes promo',
    none: 'Ajoutez d’abord un hébergement : ses tarifs se saisissent ensuite ici.',
    addAccommodation: 'Ajouter un hébergement',
    first: 'Votre hébergement est enregistré. Dernière étape : saisissez ses tarifs, par exemple le prix de la semaine du samedi au samedi.',
  },
  en: {
    title: 'Rates',
    accommodation: 'Accommodation',
    sections: 'Rate sections',
    create: 'Create rates',
    list: 'See the rates',
    promotions: 'Promotions',
    codes: 'Promo codes',
    none: 'Add an accommodation first: its rates are then entered here.',
    addAccommodation: 'Add an accommodation',
    first: 'Your accommodation is saved. Last step: enter its rates, for instance the price of a week from Saturday to Saturday.',
  },
});

const SECTIONS = [
  { path: '/', key: 'create' },
  { path: '/list', key: 'list' },
  { path: '/promotions', key: 'promotions' },
  { path: '/promo-codes', key: 'codes' },
] as const;

/**
 * "Tarifs": for the accommodation chosen (`?accommodation=<id>`, the first one otherwise), the
 * manual's "Créer des tarifs" and "Voir les tarifs", then promotions and promo codes.
 */
export function RatesScreen() {
  const t = useMessages(messages);
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const [list] = useQuery({ query: RatesAccommodations });
  const accommodations = list.data?.accommodations ?? [];
  const asked = search.get('accommodation');
  const accommodationId = accommodations.find((a) => a.id === asked)?.id ?? accommodations[0]?.id ?? null;
  const first = search.get('first') === '1';
  const keep = accommodationId ? `?accommodation=${encodeURIComponent(accommodationId)}` : '';

  if (list.fetching && !list.data) return <p className="loading" aria-busy="true">…</p>;
  return (
    <>
      <h1>{t('title')}</h1>
      <ErrorMessage error={list.error} />
      {list.data && !accommodationId && (
        <p>
          {t('none')} <Link href="~/app/accommodations/new">{t('addAccommodation')}</Link>
        </p>
      )}
      {accommodationId && (
        <>
          {first && <Saved text={t('first')} />}
          <div className="toolbar">
            <label className="rates-choice">
              {t('accommodation')}
              <select value={accommodationId} onChange={(event) => navigate(`${location}?accommodation=${encodeURIComponent(event.target.value)}`)}>
                {accommodations.map((a) => (
                  <option key={a.id} value={a.id}>{a.name} ({a.reference})</option>
                ))}
              </select>
            </label>
          </div>
          <nav aria-label={t('sections')} className="rates-sections">
            <ul>
              {SECTIONS.map((s) => (
                <li key={s.path}>
                  <Link href={`${s.path}${keep}`} aria-current={location === s.path ? 'page' : undefined}>{t(s.key)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <Switch>
            <Route path="/">
              <CreateRates key={accommodationId} accommodationId={accommodationId} listHref={`/list${keep}`} />
            </Route>
            <Route path="/list">
              <RatesListing key={accommodationId} accommodationId={accommodationId} />
            </Route>
            <Route path="/promotions">
              <Promotions key={accommodationId} accommodationId={accommodationId} accommodations={accommodations} />
            </Route>
            <Route path="/promo-codes">
              <PromoCodes key={accommodationId} accommodationId={accommodationId} accommodations={accommodations} />
            </Route>
          </Switch>
        </>
      )}
    </>
  );
}
