import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { graphql } from '../graphql';
import { defineMessages, useMessages } from '../i18n';
import { ErrorMessage } from '../ui/error-message';
import { ApiKeysPage } from './sales-channels/api-keys';
import { DestinationsPage } from './sales-channels/destinations';
import { IcalPage } from './sales-channels/ical';
import type { ChannelAccommodation } from './sales-channels/accommodation-picker';
import { WebhooksPage } from './sales-channels/webhooks';
import { WidgetPage } from './sales-channels/widget';
import './sales-channels.css';

const SalesChannelsAccommodations = graphql(`
  query SalesChannelsAccommodations {
    accommodations { id name city visibility }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Canaux de vente',
    tabs: 'Rubriques des canaux de vente',
    widget: 'Réservation sur mon site',
    ical: 'Calendriers iCal',
    destinations: 'Destinations',
    webhooks: 'Webhooks',
    apiKeys: 'Clés d’API',
    noAccommodation: 'Créez d’abord un hébergement : le module de réservation et les calendriers se règlent hébergement par hébergement.',
    create: 'Créer un hébergement',
  },
  en: {
    title: 'Sales channels',
    tabs: 'Sales channel sections',
    widget: 'Booking on my site',
    ical: 'iCal calendars',
    destinations: 'Destinations',
    webhooks: 'Webhooks',
    apiKeys: 'API keys',
    noAccommodation: 'Create an accommodation first: the booking widget and the calendars are set up one accommodation at a time.',
    create: 'Create an accommodation',
  },
});

const TABS = [
  { path: '/', key: 'widget' },
  { path: '/ical', key: 'ical' },
  { path: '/destinations', key: 'destinations' },
  { path: '/webhooks', key: 'webhooks' },
  { path: '/api-keys', key: 'apiKeys' },
] as const;

/**
 * Where the owner's accommodations are sold besides this app: the widget on their own site,
 * other platforms' calendars, destinations' marketplaces, and integrators (webhooks, API keys).
 * The accommodation chosen is kept across the sections that work on one.
 */
export function SalesChannelsScreen() {
  const t = useMessages(messages);
  const [location] = useLocation();
  const [accommodations] = useQuery({ query: SalesChannelsAccommodations });
  const [chosen, setChosen] = useState<string | null>(null);
  const list: readonly ChannelAccommodation[] = accommodations.data?.accommodations ?? [];
  const current = list.find((a) => a.id === chosen) ?? list[0] ?? null;
  const picking = { accommodations: list, current, choose: setChosen };
  const needsAccommodation = (
    render: (props: typeof picking & { current: ChannelAccommodation }) => ReactNode,
  ) => {
    if (accommodations.fetching && !accommodations.data) return <p className="loading" aria-busy="true">…</p>;
    if (!current) {
      return (
        <p className="card">
          {t('noAccommodation')} <Link href="~/app/accommodations/new">{t('create')}</Link>
        </p>
      );
    }
    return render({ ...picking, current });
  };

  return (
    <div className="sales-channels">
      <h1>{t('title')}</h1>
      <nav aria-label={t('tabs')} className="sales-channels-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.path}>
              <Link href={tab.path} aria-current={location === tab.path ? 'page' : undefined}>
                {t(tab.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorMessage error={accommodations.error} />
      <Switch>
        <Route path="/">{needsAccommodation((props) => <WidgetPage {...props} />)}</Route>
        <Route path="/ical">{needsAccommodation((props) => <IcalPage {...props} />)}</Route>
        <Route path="/destinations">
          <DestinationsPage accommodations={list} />
        </Route>
        <Route path="/webhooks" component={WebhooksPage} />
        <Route path="/api-keys" component={ApiKeysPage} />
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </div>
  );
}
