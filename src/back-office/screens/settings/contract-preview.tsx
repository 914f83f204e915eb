import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { sessionHeaders } from '../../session';

const LatestDossier = graphql(`
  query SettingsContractLatestDossier {
    dossiers(first: 1, orderBy: CREATED_DESC) { nodes { id number } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Aperçu',
    intro: 'Le document de votre dernier dossier (n° {n}), tel que le client le recevrait avec vos réglages enregistrés.',
    noFile: 'L’aperçu montre le document d’un de vos dossiers : il apparaîtra dès votre première réservation.',
    frame: 'Aperçu du document du dossier n° {n}',
    loading: 'Préparation de l’aperçu…',
    failed: 'L’aperçu n’a pas pu être préparé.',
    lang: 'Langue de l’aperçu',
    fr: 'Français',
    en: 'Anglais',
  },
  en: {
    title: 'Preview',
    intro: 'The document of your latest file (no. {n}), as the guest would receive it with your saved settings.',
    noFile: 'The preview shows the document of one of your files: it appears with your first booking.',
    frame: 'Preview of the document of file no. {n}',
    loading: 'Preparing the preview…',
    failed: 'The preview could not be prepared.',
    lang: 'Language of the preview',
    fr: 'French',
    en: 'English',
  },
});

/**
 * The API renders a document only for a real file (GET /dossiers/:id/document.pdf), so the
 * preview is the latest file's, drawn again each time the settings are saved (`version`). The
 * PDF is fetched with the session's cookies and framed from a blob: URL, as the app's policy allows.
 */
export function ContractPreview({ version }: { version: number }) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [docLang, setDocLang] = useState<'fr' | 'en'>(lang);
  const [latest] = useQuery({ query: LatestDossier });
  const dossier = latest.data?.dossiers.nodes[0];
  const dossierId = dossier?.id ?? null;
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!dossierId) return;
    let made: string | null = null;
    let cancelled = false;
    setFailed(false);
    void fetch(`/dossiers/${encodeURIComponent(dossierId)}/document.pdf?lang=${docLang}`, { credentials: 'same-origin', headers: sessionHeaders(lang) })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (cancelled) return;
        made = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setUrl(made);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [dossierId, docLang, version, lang]);

  return (
    <section className="card" aria-labelledby="settings-preview">
      <h2 id="settings-preview">{t('title')}</h2>
      {!dossier ? (
        <p className="muted">{latest.fetching ? t('loading') : t('noFile')}</p>
      ) : (
        <>
          <p className="muted">{t('intro', { n: dossier.number ?? '' })}</p>
          <label className="settings-row">
            {t('lang')}
            <select value={docLang} onChange={(event) => setDocLang(event.target.value === 'en' ? 'en' : 'fr')}>
              <option value="fr">{t('fr')}</option>
              <option value="en">{t('en')}</option>
            </select>
          </label>
          {failed && <p role="alert" className="error">{t('failed')}</p>}
          {!url && !failed && <p aria-busy="true">{t('loading')}</p>}
          {url && <iframe className="settings-preview" src={url} title={t('frame', { n: dossier.number ?? '' })} />}
        </>
      )}
    </section>
  );
}
