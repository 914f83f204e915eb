import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { defineMessages, useMessages } from '../i18n';
import { AgeRangesSettings } from './settings/age-ranges';
import { ContractSettings } from './settings/contract';
import { EmailSettingsPage } from './settings/emails';
import { PaymentSettings } from './settings/payment';
import { SalesTermsSettings } from './settings/sales-terms';
import './settings.css';

const messages = defineMessages({
  fr: {
    title: 'Paramètres',
    pages: 'Pages des paramètres',
    sales: 'Modalités de vente',
    contract: 'Personnalisation du contrat',
    emails: 'E-mails',
    ageRanges: 'Tranches d’âge',
    payment: 'Paiement en ligne',
  },
  en: {
    title: 'Settings',
    pages: 'Settings pages',
    sales: 'Sales terms',
    contract: 'Contract customisation',
    emails: 'Emails',
    ageRanges: 'Age ranges',
    payment: 'Online payment',
  },
});

const PAGES = [
  { path: '/sales', key: 'sales' },
  { path: '/contract', key: 'contract' },
  { path: '/emails', key: 'emails' },
  { path: '/age-ranges', key: 'ageRanges' },
  { path: '/payment', key: 'payment' },
] as const;

/** The owner's settings, one page per subject, each saved by its own form. */
export function SettingsScreen() {
  const t = useMessages(messages);
  const [location] = useLocation();
  return (
    <div className="settings">
      <h1>{t('title')}</h1>
      <nav aria-label={t('pages')} className="settings-nav">
        <ul>
          {PAGES.map((page) => (
            <li key={page.path}>
              <Link href={page.path} aria-current={location.startsWith(page.path) ? 'page' : undefined}>{t(page.key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <Switch>
        <Route path="/sales" component={SalesTermsSettings} />
        <Route path="/contract" component={ContractSettings} />
        <Route path="/emails" component={EmailSettingsPage} />
        <Route path="/age-ranges" component={AgeRangesSettings} />
        <Route path="/payment" component={PaymentSettings} />
        <Route>
          <Redirect to="/sales" replace />
        </Route>
      </Switch>
    </div>
  );
}
