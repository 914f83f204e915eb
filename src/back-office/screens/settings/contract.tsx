import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../graphql';
import type { SettingsContractQuery } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { SaveFooter, useDraft } from '../../ui/saving';
import { ContractPreview } from './contract-preview';
import { LocalizedArea, localized, toInput, type Localized } from './localized';

const ContractQuery = graphql(`
  query SettingsContract {
    documentSettings {
      header { name slogan }
      showPriceDetail
      arrival { from to note { fr en } }
      departure { before note { fr en } }
      furtherInformation { fr en }
      politeness { fr en }
      signatureRequest { option { fr en } contract { fr en } }
      statusTexts { option { fr en } confirmed { fr en } paid { fr en } }
      description { accommodationImages establishmentImages establishmentText }
      printTerms
    }
  }
`);

const SetContract = graphql(`
  mutation SettingsSetContract($input: DocumentSettingsInput!) {
    setDocumentSettings(input: $input) { printTerms showPriceDetail }
  }
`);

const messages = defineMessages({
  fr: {
    intro: 'Le document envoyé au client : une proposition de location tant que le dossier est en option, un contrat une fois confirmé. Un texte laissé vide est effacé.',
    part1: 'Partie 1 : en-tête',
    name: 'Nom affiché (vide : celui de votre structure)',
    slogan: 'Slogan (vide : celui de votre structure)',
    part2: 'Partie 2 : le séjour et son prix',
    priceDetail: 'Détailler le prix ligne par ligne',
    arrivalFrom: 'Arrivée à partir de',
    arrivalTo: 'Arrivée jusqu’à',
    arrivalNote: 'Précisions sur l’arrivée',
    departureBefore: 'Départ avant',
    departureNote: 'Précisions sur le départ',
    further: 'Informations complémentaires (taxe de séjour, clés…)',
    statusOption: 'Texte d’une proposition (option)',
    statusConfirmed: 'Texte d’un contrat confirmé',
    statusPaid: 'Texte d’un séjour soldé',
    signOption: 'Demande de signature d’une proposition',
    signContract: 'Demande de signature d’un contrat',
    politeness: 'Formule de politesse',
    part3: 'Partie 3 : descriptif',
    accommodationImages: 'Photos de l’hébergement',
    establishmentImages: 'Photos de votre structure',
    establishmentText: 'Présentation de votre structure',
    part4: 'Partie 4 : conditions générales de vente',
    printTerms: 'Joindre vos conditions générales de vente (obligatoire pour un contrat)',
    termsWhere: 'Le texte de vos CGV se rédige dans les modalités de vente.',
    termsLink: 'Rédiger mes CGV',
    save: 'Enregistrer le contrat',
    saved: 'Personnalisation du contrat enregistrée.',
  },
  en: {
    intro: 'The document sent to the guest: a rental proposal while the file is an option, a contract once confirmed. A text left empty is cleared.',
    part1: 'Part 1: header',
    name: 'Name shown (empty: your establishment’s)',
    slogan: 'Slogan (empty: your establishment’s)',
    part2: 'Part 2: the stay and its price',
    priceDetail: 'Detail the price line by line',
    arrivalFrom: 'Arrival from',
    arrivalTo: 'Arrival until',
    arrivalNote: 'About the arrival',
    departureBefore: 'Departure before',
    departureNote: 'About the departure',
    further: 'Further information (tourist tax, keys…)',
    statusOption: 'Text of a proposal (option)',
    statusConfirmed: 'Text of a confirmed contract',
    statusPaid: 'Text of a paid stay',
    signOption: 'Signature request of a proposal',
    signContract: 'Signature request of a contract',
    politeness: 'Closing words',
    part3: 'Part 3: description',
    accommodationImages: 'Photos of the accommodation',
    establishmentImages: 'Photos of your establishment',
    establishmentText: 'Presentation of your establishment',
    part4: 'Part 4: general terms of sale',
    printTerms: 'Attach your general terms of sale (mandatory for a contract)',
    termsWhere: 'Your terms of sale are written in the sales terms.',
    termsLink: 'Write my terms of sale',
    save: 'Save the contract',
    saved: 'Contract customisation saved.',
  },
});

type Settings = SettingsContractQuery['documentSettings'];

interface Form {
  name: string;
  slogan: string;
  showPriceDetail: boolean;
  arrivalFrom: string;
  arrivalTo: string;
  arrivalNote: Localized;
  departureBefore: string;
  departureNote: Localized;
  further: Localized;
  politeness: Localized;
  signOption: Localized;
  signContract: Localized;
  statusOption: Localized;
  statusConfirmed: Localized;
  statusPaid: Localized;
  accommodationImages: boolean;
  establishmentImages: boolean;
  establishmentText: boolean;
  printTerms: boolean;
}

const formOf = (s: Settings): Form => ({
  name: s.header.name ?? '',
  slogan: s.header.slogan ?? '',
  showPriceDetail: s.showPriceDetail,
  arrivalFrom: s.arrival.from ?? '',
  arrivalTo: s.arrival.to ?? '',
  arrivalNote: localized(s.arrival.note),
  departureBefore: s.departure.before ?? '',
  departureNote: localized(s.departure.note),
  further: localized(s.furtherInformation),
  politeness: localized(s.politeness),
  signOption: localized(s.signatureRequest.option),
  signContract: localized(s.signatureRequest.contract),
  statusOption: localized(s.statusTexts.option),
  statusConfirmed: localized(s.statusTexts.confirmed),
  statusPaid: localized(s.statusTexts.paid),
  accommodationImages: s.description.accommodationImages,
  establishmentImages: s.description.establishmentImages,
  establishmentText: s.description.establishmentText,
  printTerms: s.printTerms,
});

/** "Personnalisation du contrat": the document's four parts, saved together, with the latest file's document as a preview. */
export function ContractSettings() {
  const [result] = useQuery({ query: ContractQuery });
  const [version, setVersion] = useState(0);
  if (!result.data) return <ErrorMessage error={result.error} />;
  return (
    <div className="settings-contract">
      <ContractForm initial={formOf(result.data.documentSettings)} onSaved={() => setVersion(version + 1)} />
      <ContractPreview version={version} />
    </div>
  );
}

function ContractForm({ initial, onSaved }: { initial: Form; onSaved: () => void }) {
  const t = useMessages(messages);
  const { form, set, saved, setSaved } = useDraft(initial);
  const [result, save] = useMutation(SetContract);
  const area = (key: keyof Form & ('arrivalNote' | 'departureNote' | 'further' | 'politeness' | 'signOption' | 'signContract' | 'statusOption' | 'statusConfirmed' | 'statusPaid'), rows = 3) => (
    <LocalizedArea label={t(key)} value={form[key]} onChange={(next) => set({ [key]: next })} rows={rows} />
  );
  const check = (key: 'showPriceDetail' | 'accommodationImages' | 'establishmentImages' | 'establishmentText' | 'printTerms', label: string) => (
    <label className="check">
      <input type="checkbox" checked={form[key]} onChange={(event) => set({ [key]: event.target.checked })} />
      {label}
    </label>
  );
  const hour = (key: 'arrivalFrom' | 'arrivalTo' | 'departureBefore') => (
    <label>
      {t(key)}
      <input type="time" step={900} value={form[key]} onChange={(event) => set({ [key]: event.target.value })} />
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await save({
      input: {
        header: { name: form.name.trim() || null, slogan: form.slogan.trim() || null },
        showPriceDetail: form.showPriceDetail,
        arrival: { from: form.arrivalFrom || null, to: form.arrivalTo || null, note: toInput(form.arrivalNote) },
        departure: { before: form.departureBefore || null, note: toInput(form.departureNote) },
        furtherInformation: toInput(form.further),
        politeness: toInput(form.politeness),
        signatureRequest: { option: toInput(form.signOption), contract: toInput(form.signContract) },
        statusTexts: { option: toInput(form.statusOption), confirmed: toInput(form.statusConfirmed), paid: toInput(form.statusPaid) },
        description: { accommodationImages: form.accommodationImages, establishmentImages: form.establishmentImages, establishmentText: form.establishmentText },
        printTerms: form.printTerms,
      },
    });
    if (answer.data) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className="card">
      <p className="muted">{t('intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('part1')}</legend>
          <label>
            {t('name')}
            <input value={form.name} onChange={(event) => set({ name: event.target.value })} />
          </label>
          <label>
            {t('slogan')}
            <input value={form.slogan} onChange={(event) => set({ slogan: event.target.value })} />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('part2')}</legend>
          {check('showPriceDetail', t('priceDetail'))}
          <div className="settings-row">
            {hour('arrivalFrom')}
            {hour('arrivalTo')}
            {hour('departureBefore')}
          </div>
          {area('arrivalNote')}
          {area('departureNote')}
          {area('further', 4)}
          {area('statusOption')}
          {area('statusConfirmed')}
          {area('statusPaid')}
          {area('signOption')}
          {area('signContract')}
          {area('politeness')}
        </fieldset>
        <fieldset>
          <legend>{t('part3')}</legend>
          {check('accommodationImages', t('accommodationImages'))}
          {check('establishmentImages', t('establishmentImages'))}
          {check('establishmentText', t('establishmentText'))}
        </fieldset>
        <fieldset>
          <legend>{t('part4')}</legend>
          {check('printTerms', t('printTerms'))}
          <p>
            {t('termsWhere')} <Link href="/sales">{t('termsLink')}</Link>
          </p>
        </fieldset>
        <SaveFooter label={t('save')} saved={saved} savedText={t('saved')} busy={result.fetching} error={result.error} />
      </form>
    </section>
  );
}
