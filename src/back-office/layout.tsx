import { useState, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from './graphql';
import { defineMessages, useLang, useMessages } from './i18n';
import { screens, type ScreenEntry } from './screens/registry';

const LogOut = graphql(`
  mutation BackOfficeLogOut {
    logOut
  }
`);

const messages = defineMessages({
  fr: {
    skip: 'Aller au contenu',
    menu: 'Menu',
    dashboard: 'Tableau de bord',
    planning: 'Mon planning',
    dossiers: 'Dossiers',
    accommodations: 'Hébergements',
    rates: 'Tarifs',
    settings: 'Paramètres',
    channels: 'Canaux de vente',
    account: 'Mon compte',
    logOut: 'Se déconnecter',
    language: 'Langue',
    main: 'Menu principal',
  },
  en: {
    skip: 'Skip to content',
    menu: 'Menu',
    dashboard: 'Dashboard',
    planning: 'My planning',
    dossiers: 'Booking files',
    accommodations: 'Accommodations',
    rates: 'Rates',
    settings: 'Settings',
    channels: 'Sales channels',
    account: 'My account',
    logOut: 'Log out',
    language: 'Language',
    main: 'Main menu',
  },
});

export interface LayoutOwner {
  readonly firstName?: string | null;
  readonly lastName: string;
  readonly email: string;
}

/** The frame of every owner screen: the menu (a drawer on a phone), the language, the account. */
export function Layout({ owner, children }: { owner: LayoutOwner | null; children: ReactNode }) {
  const t = useMessages(messages);
  const { lang, setLang } = useLang();
  const [location, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [, logOut] = useMutation(LogOut);
  const current = (entry: ScreenEntry) => (entry.path === '/' ? location === '/' : location.startsWith(entry.path));

  return (
    <div className="shell">
      <a className="skip" href="#content">{t('skip')}</a>
      <header className="topbar">
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="main-menu" onClick={() => setOpen(!open)}>
          {t('menu')}
        </button>
        <Link href="/" className="brand">OSMB</Link>
        <div className="topbar-end">
          <label className="lang">
            <span className="visually-hidden">{t('language')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value === 'en' ? 'en' : 'fr')}>
              <option value="fr">FR</option>
              <option value="en">EN</option>
            </select>
          </label>
          {owner && <Link href="/account" className="owner-name">{[owner.firstName, owner.lastName].filter(Boolean).join(' ')}</Link>}
          <button
            type="button"
            className="link-button"
            onClick={() => void logOut({}).then(() => navigate('/login'))}
          >
            {t('logOut')}
          </button>
        </div>
      </header>
      <nav id="main-menu" aria-label={t('main')} className={open ? 'menu open' : 'menu'}>
        <ul>
          {screens.map((entry) => (
            <li key={entry.path}>
              <Link href={entry.path} aria-current={current(entry) ? 'page' : undefined} onClick={() => setOpen(false)}>
                {t(entry.menu)}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/account" aria-current={location === '/account' ? 'page' : undefined} onClick={() => setOpen(false)}>
              {t('account')}
            </Link>
          </li>
        </ul>
      </nav>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
