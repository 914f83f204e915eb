import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { defineMessages, useLang, useMessages, type Lang } from '../../i18n';
import { MeQuery } from '../../me';
import { AccommodationPicker, type AccommodationChoice } from './accommodation-picker';
import { CopyField } from './copy-field';

const messages = defineMessages({
  fr: {
    title: 'Le module de réservation sur votre site',
    intro: 'Collez ce code dans une page de votre site (là où le module doit apparaître) : vos visiteurs y voient les disponibilités et les prix, et réservent en ligne.',
    scope: 'Ce que montre le module',
    one: 'Cet hébergement seulement',
    all: 'Une recherche sur tous mes hébergements',
    widgetLang: 'Langue du module',
    french: 'Français',
    english: 'Anglais',
    snippet: 'Code à coller sur votre site',
    notBookable: 'Cet hébergement n’est pas « réservable en ligne » : le module ne pourra pas le proposer à la réservation. Changez sa visibilité dans',
    accommodations: 'Hébergements',
    preview: 'Aperçu',
    previewNote: 'C’est le vrai module, tel que vos visiteurs le verront : une réservation faite ici serait une vraie réservation.',
    scriptFailed: 'Le module n’a pas pu être chargé depuis le serveur : l’aperçu n’est pas disponible (le code ci-dessus reste valable une fois le module installé sur le serveur).',
  },
  en: {
    title: 'The booking widget on your site',
    intro: 'Paste this code into a page of your site (where the widget should appear): your visitors see availability and prices there, and book online.',
    scope: 'What the widget shows',
    one: 'This accommodation only',
    all: 'A search over all my accommodations',
    widgetLang: 'Widget language',
    french: 'French',
    english: 'English',
    snippet: 'Code to paste on your site',
    notBookable: 'This accommodation is not “bookable online”: the widget cannot offer it for booking. Change its visibility in',
    accommodations: 'Accommodations',
    preview: 'Preview',
    previewNote: 'This is the real widget, as your visitors will see it: a booking made here would be a real booking.',
    scriptFailed: 'The widget could not be loaded from the server: no preview (the code above stays valid once the widget is installed on the server).',
  },
});

const WIDGET_SCRIPT = '/widget/osmb-booking.js';

/**
 * The widget's own script, loaded once into this page: it comes from this server, so the back
 * office's policy (`script-src 'self'`) lets it run, where a frame of the server's booking page
 * would be refused (`frame-ancestors 'none'`).
 */
function loadWidgetScript(): Promise<void> {
  if (customElements.get('osmb-booking')) return Promise.resolve();
  let script = document.querySelector<HTMLScriptElement>('script[data-osmb-widget]');
  if (!script) {
    script = document.createElement('script');
    script.src = WIDGET_SCRIPT;
    script.dataset.osmbWidget = 'true';
    document.head.append(script);
  }
  const loading = script;
  return new Promise((resolve, reject) => {
    loading.addEventListener('load', () => resolve(), { once: true });
    loading.addEventListener('error', () => {
      loading.remove();
      reject(new Error('widget script'));
    }, { once: true });
  });
}

export function WidgetPage(choice: AccommodationChoice) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [me] = useQuery({ query: MeQuery });
  const [scope, setScope] = useState<'one' | 'all'>('one');
  const [widgetLang, setWidgetLang] = useState<Lang>(lang);
  const [failed, setFailed] = useState(false);
  const preview = useRef<HTMLDivElement>(null);
  const ownerId = me.data?.me.id ?? null;
  const attribute = scope === 'all' && ownerId ? { name: 'owner', value: ownerId } : { name: 'accommodation', value: choice.current.id };
  const snippet = `<script src="${window.location.origin}${WIDGET_SCRIPT}" defer></script>\n<osmb-booking ${attribute.name}="${attribute.value}" lang="${widgetLang}"></osmb-booking>`;

  useEffect(() => {
    let live = true;
    loadWidgetScript().then(
      () => {
        if (!live || !preview.current) return;
        const widget = document.createElement('osmb-booking');
        widget.setAttribute(attribute.name, attribute.value);
        widget.setAttribute('lang', widgetLang);
        preview.current.replaceChildren(widget);
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attribute.name, attribute.value, widgetLang]);

  return (
    <section className="card">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <div className="form">
        <fieldset className="sales-channels-fieldset">
          <legend>{t('scope')}</legend>
          <label className="check">
            <input type="radio" name="widget-scope" checked={scope === 'one'} onChange={() => setScope('one')} />
            {t('one')}
          </label>
          <label className="check">
            <input type="radio" name="widget-scope" checked={scope === 'all'} disabled={!ownerId} onChange={() => setScope('all')} />
            {t('all')}
          </label>
        </fieldset>
        {scope === 'one' && <AccommodationPicker {...choice} />}
        <label>
          {t('widgetLang')}
          <select value={widgetLang} onChange={(event) => setWidgetLang(event.target.value === 'en' ? 'en' : 'fr')}>
            <option value="fr">{t('french')}</option>
            <option value="en">{t('english')}</option>
          </select>
        </label>
      </div>
      {scope === 'one' && choice.current.visibility !== 'BOOKABLE' && (
        <p className="sales-channels-note">
          {t('notBookable')} <Link href="~/app/accommodations">{t('accommodations')}</Link>.
        </p>
      )}
      <CopyField label={t('snippet')} value={snippet} rows={4} />
      <h3>{t('preview')}</h3>
      <p className="muted">{t('previewNote')}</p>
      {failed && <p role="alert" className="error">{t('scriptFailed')}</p>}
      <div ref={preview} className="sales-channels-preview" />
    </section>
  );
}
