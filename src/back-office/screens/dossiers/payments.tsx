import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { euros, parseEuros, shortDay, today } from '../../format';
import { graphql } from '../../graphql';
import type { PaymentMethod } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import type { FileData } from './file-query';
import { labels, METHODS } from './labels';

const RecordPayment = graphql(`
  mutation DossiersRecordPayment($dossierId: ID!, $input: PaymentInput!) {
    recordPayment(dossierId: $dossierId, input: $input) { id status paid { cents } balance { cents } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Paiements',
    none: 'Aucun paiement enregistré.',
    date: 'Date',
    method: 'Moyen de paiement',
    amount: 'Montant (€)',
    note: 'Note',
    refundReason: 'Motif du remboursement',
    add: 'Enregistrer un paiement',
    refund: 'Enregistrer un remboursement',
    kind: 'Nature',
    payment: 'Paiement reçu',
    refundKind: 'Remboursement au client',
    fillDeposit: 'Montant de l’acompte ({amount})',
    fillBalance: 'Reste à payer ({amount})',
    fillRefund: 'Reste à rembourser ({amount})',
    save: 'Enregistrer le paiement',
    saveRefund: 'Enregistrer le remboursement',
    badAmount: 'Saisissez un montant positif, par exemple 125,50.',
    reasonNeeded: 'Dites pourquoi vous remboursez.',
    recorded: 'Paiement de {amount} enregistré. Reste dû : {balance}.',
    refunded: 'Remboursement de {amount} enregistré.',
    recordedOnly: 'Paiement de {amount} enregistré.',
    totalPaid: 'Payé',
    balance: 'Reste dû',
    refundLine: 'Remboursement',
  },
  en: {
    title: 'Payments',
    none: 'No payment recorded.',
    date: 'Date',
    method: 'Payment method',
    amount: 'Amount (€)',
    note: 'Note',
    refundReason: 'Reason for the refund',
    add: 'Record a payment',
    refund: 'Record a refund',
    kind: 'Kind',
    payment: 'Payment received',
    refundKind: 'Refund to the guest',
    fillDeposit: 'Deposit amount ({amount})',
    fillBalance: 'Still to pay ({amount})',
    fillRefund: 'Still to refund ({amount})',
    save: 'Record the payment',
    saveRefund: 'Record the refund',
    badAmount: 'Type a positive amount, for instance 125.50.',
    reasonNeeded: 'Say why you refund.',
    recorded: 'Payment of {amount} recorded. Balance due: {balance}.',
    refunded: 'Refund of {amount} recorded.',
    recordedOnly: 'Payment of {amount} recorded.',
    totalPaid: 'Paid',
    balance: 'Balance due',
    refundLine: 'Refund',
  },
});

/** The file's ledger: what came in and went back, and a form to record either (a refund's reason is its note). */
export function Payments({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const l = useMessages(labels);
  const { lang } = useLang();
  const [form, setForm] = useState({ refund: false, amount: '', date: today(), method: 'TRANSFER' as PaymentMethod, note: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [result, record] = useMutation(RecordPayment);
  const stillToRefund = file.cancellationSettlement?.stillToRefund.cents ?? 0;
  // Once cancelled, the settlement says what is owed; the balance (what was received, negative) does not.
  const cancelled = file.status === 'CANCELLED';
  const depositDue = cancelled ? 0 : file.paid.cents < file.deposit.amount.cents ? file.deposit.amount.cents - file.paid.cents : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const cents = parseEuros(form.amount);
    if (cents === null || cents <= 0) return setProblem(t('badAmount'));
    if (form.refund && !form.note.trim()) return setProblem(t('reasonNeeded'));
    setProblem(null);
    const answer = await record({
      dossierId: file.id,
      input: { cents: form.refund ? -cents : cents, date: form.date, method: form.method, note: form.note.trim() || null },
    });
    if (!answer.data) return;
    const { balance, status } = answer.data.recordPayment;
    setDone(
      form.refund || status === 'CANCELLED'
        ? t(form.refund ? 'refunded' : 'recordedOnly', { amount: euros(cents, lang) })
        : t('recorded', { amount: euros(cents, lang), balance: euros(balance.cents, lang) }),
    );
    setForm({ ...form, amount: '', note: '' });
  };
  const fill = (cents: number, refund: boolean) => setForm({ ...form, refund, amount: (cents / 100).toFixed(2).replace('.', lang === 'fr' ? ',' : '.') });

  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-payments">
      <h2 id="dossiers-payments">{t('title')}</h2>
      {file.payments.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('method')}</th>
                <th scope="col" className="amount">
                  {t('amount')}
                </th>
                <th scope="col">{t('note')}</th>
              </tr>
            </thead>
            <tbody>
              {file.payments.map((p) => (
                <tr key={p.id}>
                  <td>{shortDay(p.date, lang)}</td>
                  <td>{l(`method_${p.method}`)}</td>
                  <td className="amount">{euros(p.amount.cents, lang)}</td>
                  <td>
                    {p.amount.cents < 0 && <strong>{t('refundLine')} </strong>}
                    {p.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl className="dossiers-figures">
        <div>
          <dt>{t('totalPaid')}</dt>
          <dd>{euros(file.paid.cents, lang)}</dd>
        </div>
        {!cancelled && (
          <div>
            <dt>{t('balance')}</dt>
            <dd>{euros(file.balance.cents, lang)}</dd>
          </div>
        )}
      </dl>

      <form className="form dossiers-payment-form" onSubmit={(event) => void submit(event)} aria-labelledby="dossiers-payment-form-title" noValidate>
        <h3 id="dossiers-payment-form-title">{form.refund ? t('refund') : t('add')}</h3>
        <fieldset>
          <legend>{t('kind')}</legend>
          <label className="check">
            <input type="radio" name="payment-kind" checked={!form.refund} onChange={() => setForm({ ...form, refund: false })} />
            {t('payment')}
          </label>
          <label className="check">
            <input type="radio" name="payment-kind" checked={form.refund} onChange={() => setForm({ ...form, refund: true })} />
            {t('refundKind')}
          </label>
        </fieldset>
        <div className="toolbar">
          {depositDue > 0 && (
            <button type="button" onClick={() => fill(depositDue, false)}>
              {t('fillDeposit', { amount: euros(depositDue, lang) })}
            </button>
          )}
          {!cancelled && file.balance.cents > 0 && (
            <button type="button" onClick={() => fill(file.balance.cents, false)}>
              {t('fillBalance', { amount: euros(file.balance.cents, lang) })}
            </button>
          )}
          {stillToRefund > 0 && (
            <button type="button" onClick={() => fill(stillToRefund, true)}>
              {t('fillRefund', { amount: euros(stillToRefund, lang) })}
            </button>
          )}
        </div>
        <label>
          {t('amount')}
          <input inputMode="decimal" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} required />
        </label>
        <label>
          {t('date')}
          <input type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} required />
        </label>
        <label>
          {t('method')}
          <select value={form.method} onChange={(e) => setForm({ ...form, method: e.target.value as PaymentMethod })}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {l(`method_${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {form.refund ? t('refundReason') : t('note')}
          <input value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
        </label>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <ErrorMessage error={result.error} />
        {done && (
          <p role="status" className="success">
            {done}
          </p>
        )}
        <div>
          <button type="submit" className="primary" disabled={result.fetching}>
            {form.refund ? t('saveRefund') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
