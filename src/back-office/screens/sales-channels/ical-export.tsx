import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { CopyField } from './copy-field';

const SalesChannelsIcalExport = graphql(`
  query SalesChannelsIcalExport($accommodationId: ID!) {
    icalExportUrl(accommodationId: $accommodationId)
    icalExportSettings(accommodationId: $accommodationId) { exportOptions exportImported }
  }
`);

const SalesChannelsSetIcalExportSettings = graphql(`
  mutation SalesChannelsSetIcalExportSettings($accommodationId: ID!, $input: IcalExportSettingsInput!) {
    setIcalExportSettings(accommodationId: $accommodationId, input: $input) { exportOptions exportImported }
  }
`);

const SalesChannelsRegenerateIcalExportUrl = graphql(`
  mutation SalesChannelsRegenerateIcalExportUrl($accommodationId: ID!) {
    regenerateIcalExportUrl(accommodationId: $accommodationId)
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Exporter mon calendrier',
    intro: 'Collez cette adresse secrète là où Airbnb, Booking.com ou un agenda proposent d’importer un calendrier (« Synchroniser les calendriers », « iCal ») : ils cessent alors de vendre les nuits déjà vendues ici.',
    url: 'Adresse iCal de l’hébergement',
    regenerate: 'Changer d’adresse',
    regenerateHelp: 'Si l’adresse a été divulguée : l’ancienne cesse aussitôt de fonctionner, collez la nouvelle partout où était l’ancienne.',
    confirmRegenerate: 'L’ancienne adresse cessera aussitôt de fonctionner. Continuer ?',
    regenerated: 'Nouvelle adresse créée : collez-la partout où était l’ancienne.',
    settings: 'Ce que montre l’export',
    exportOptions: 'Montrer les options non payées et les paiements en cours (comme « provisoires »), pour que les autres plateformes ne vendent pas ces nuits',
    exportImported: 'Transmettre aussi les séjours importés des autres plateformes (jamais à la plateforme d’où ils viennent)',
    save: 'Enregistrer',
    saved: 'Réglages de l’export enregistrés.',
  },
  en: {
    title: 'Export my calendar',
    intro: 'Paste this secret address where Airbnb, Booking.com or a calendar offer to import a calendar (“Sync calendars”, “iCal”): they then stop selling the nights already sold here.',
    url: 'The accommodation’s iCal address',
    regenerate: 'Change address',
    regenerateHelp: 'If the address leaked: the old one stops working at once, paste the new one wherever the old one was.',
    confirmRegenerate: 'The old address will stop working at once. Continue?',
    regenerated: 'New address made: paste it wherever the old one was.',
    settings: 'What the export shows',
    exportOptions: 'Show unpaid options and payments in progress (as “tentative”), so other platforms do not sell those nights',
    exportImported: 'Pass on stays imported from other platforms too (never to the platform they come from)',
    save: 'Save',
    saved: 'Export settings saved.',
  },
});

export function IcalExport({ accommodationId }: { accommodationId: string }) {
  const t = useMessages(messages);
  const [answer, refresh] = useQuery({ query: SalesChannelsIcalExport, variables: { accommodationId } });
  const [saving, save] = useMutation(SalesChannelsSetIcalExportSettings);
  const [regenerating, regenerate] = useMutation(SalesChannelsRegenerateIcalExportUrl);
  const [settings, setSettings] = useState<{ exportOptions: boolean; exportImported: boolean } | null>(null);
  const [done, setDone] = useState<'saved' | 'regenerated' | null>(null);
  const loaded = answer.data?.icalExportSettings;
  useEffect(() => {
    if (loaded) setSettings({ exportOptions: loaded.exportOptions, exportImported: loaded.exportImported });
  }, [loaded]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setDone(null);
    const result = await save({ accommodationId, input: settings });
    if (result.data) setDone('saved');
  };
  const newAddress = async () => {
    if (!window.confirm(t('confirmRegenerate'))) return;
    setDone(null);
    const result = await regenerate({ accommodationId });
    if (result.data) {
      refresh({ requestPolicy: 'network-only' });
      setDone('regenerated');
    }
  };

  return (
    <section className="card">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <ErrorMessage error={answer.error} />
      {answer.data && <CopyField label={t('url')} value={answer.data.icalExportUrl} rows={2} />}
      <p className="muted">{t('regenerateHelp')}</p>
      <button type="button" onClick={() => void newAddress()} disabled={regenerating.fetching}>
        {t('regenerate')}
      </button>
      <ErrorMessage error={regenerating.error} />
      {settings && (
        <form className="form sales-channels-export-settings" onSubmit={(event) => void submit(event)}>
          <h3>{t('settings')}</h3>
          <label className="check">
            <input type="checkbox" checked={settings.exportOptions} onChange={(event) => setSettings({ ...settings, exportOptions: event.target.checked })} />
            {t('exportOptions')}
          </label>
          <label className="check">
            <input type="checkbox" checked={settings.exportImported} onChange={(event) => setSettings({ ...settings, exportImported: event.target.checked })} />
            {t('exportImported')}
          </label>
          <ErrorMessage error={saving.error} />
          <button type="submit" className="primary" disabled={saving.fetching}>
            {t('save')}
          </button>
        </form>
      )}
      {done && <Saved text={t(done)} />}
    </section>
  );
}
