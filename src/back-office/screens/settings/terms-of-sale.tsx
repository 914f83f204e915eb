import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import { LocalizedArea, localized, toInput, type Localized } from './localized';

const TermsQuery = graphql(`
  query SettingsTermsOfSale {
    documentSettings { printTerms terms { fr en } termsModel { fr en } }
  }
`);

const SetTerms = graphql(`
  mutation SettingsSetTermsOfSale($input: DocumentSettingsInput!) {
    setDocumentSettings(input: $input) { printTerms terms { fr en } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Conditions générales de vente (CGV)',
    intro: 'Jointes au contrat (partie 4) et acceptées par le client qui réserve en ligne : sans elles, la réservation en ligne n’est pas possible.',
    text: 'Vos CGV',
    useModel: 'Partir du modèle de CGV',
    modelUsed: 'Le modèle a été recopié : adaptez-le puis enregistrez.',
    save: 'Enregistrer les CGV',
    saved: 'Conditions générales de vente enregistrées.',
  },
  en: {
    title: 'General terms of sale (CGV)',
    intro: 'Attached to the contract (part 4) and accepted by guests booking online: without them, online booking is not possible.',
    text: 'Your terms of sale',
    useModel: 'Start from the model terms',
    modelUsed: 'The model was copied in: adapt it, then save.',
    save: 'Save the terms of sale',
    saved: 'Terms of sale saved.',
  },
});

/** The owner's general terms of sale in both languages, with the API's model to start from. */
export function TermsOfSaleSettings() {
  const [result] = useQuery({ query: TermsQuery });
  if (!result.data) return <ErrorMessage error={result.error} />;
  const settings = result.data.documentSettings;
  return <TermsForm initial={localized(settings.terms)} model={localized(settings.termsModel)} />;
}

function TermsForm({ initial, model }: { initial: Localized; model: Localized }) {
  const t = useMessages(messages);
  const [terms, setTerms] = useState(initial);
  const [note, setNote] = useState<'saved' | 'modelUsed' | null>(null);
  const [result, save] = useMutation(SetTerms);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    const answer = await save({ input: { terms: toInput(terms) } });
    if (answer.data) setNote('saved');
  };
  return (
    <section className="card" aria-labelledby="settings-terms">
      <h2 id="settings-terms">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <div>
          <button type="button" onClick={() => { setTerms(model); setNote('modelUsed'); }}>{t('useModel')}</button>
        </div>
        <LocalizedArea label={t('text')} value={terms} onChange={(next) => { setNote(null); setTerms(next); }} rows={10} />
        <ErrorMessage error={result.error} />
        {note && <Saved text={t(note)} />}
        <button type="submit" className="primary" disabled={result.fetching}>{t('save')}</button>
      </form>
    </section>
  );
}
