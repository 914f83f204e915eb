import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import type { DossierTermsInput } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { Saved } from '../../ui/saving';
import type { FileData } from './file-query';

const SetTerms = graphql(`
  mutation DossiersSetTerms($id: ID!, $input: DossierTermsInput!) {
    setDossierTerms(id: $id, input: $input) { id status }
  }
`);

const messages = defineMessages({
  fr: {
    open: 'Changer l’acompte et les échéances (relance, délai accordé)',
    percent: 'Part de l’acompte (% du prix des hébergements)',
    depositDue: 'Acompte à payer avant le',
    balanceDue: 'Solde à payer avant le',
    save: 'Enregistrer les échéances',
    saved: 'Échéances enregistrées.',
    badPercent: 'Saisissez un pourcentage de 0 à 100.',
  },
  en: {
    open: 'Change the deposit and due dates (reminder, more time given)',
    percent: 'Deposit share (% of the accommodation prices)',
    depositDue: 'Deposit due by',
    balanceDue: 'Balance due by',
    save: 'Save the due dates',
    saved: 'Due dates saved.',
    badPercent: 'Type a percentage from 0 to 100.',
  },
});

/** The deposit's share and the two due dates, changed by hand; only what changed is sent, the API keeps the rest. */
export function TermsForm({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const [form, setForm] = useState({ percent: String(file.deposit.percent), depositDueDate: file.deposit.dueDate, balanceDueDate: file.balanceDueDate });
  // Moving the stays moves the due dates too: the form follows the file as the API answers it.
  useEffect(() => {
    setForm({ percent: String(file.deposit.percent), depositDueDate: file.deposit.dueDate, balanceDueDate: file.balanceDueDate });
  }, [file.deposit.percent, file.deposit.dueDate, file.balanceDueDate]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetTerms);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const percent = Number(form.percent.replace(',', '.'));
    if (form.percent.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) return setProblem(t('badPercent'));
    setProblem(null);
    const input: DossierTermsInput = {};
    if (percent !== file.deposit.percent) input.depositPercent = percent;
    if (form.depositDueDate !== file.deposit.dueDate) input.depositDueDate = form.depositDueDate;
    if (form.balanceDueDate !== file.balanceDueDate) input.balanceDueDate = form.balanceDueDate;
    const answer = await save({ id: file.id, input });
    if (answer.data) setSaved(true);
  };
  return (
    <details>
      <summary>{t('open')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label>
          {t('percent')}
          <input inputMode="decimal" value={form.percent} onChange={(e) => setForm({ ...form, percent: e.target.value })} />
        </label>
        <label>
          {t('depositDue')}
          <input type="date" value={form.depositDueDate} required onChange={(e) => setForm({ ...form, depositDueDate: e.target.value })} />
        </label>
        <label>
          {t('balanceDue')}
          <input type="date" value={form.balanceDueDate} required onChange={(e) => setForm({ ...form, balanceDueDate: e.target.value })} />
        </label>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <ErrorMessage error={result.error} />
        {saved && <Saved text={t('saved')} />}
        <div>
          <button type="submit" className="primary" disabled={result.fetching}>
            {t('save')}
          </button>
        </div>
      </form>
    </details>
  );
}
