import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { DepositKind, PaymentMethod } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { SaveFooter, useDraft } from '../../ui/saving';

const DepositPolicyQuery = graphql(`
  query SettingsDepositPolicy {
    depositPolicy { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }
  }
`);

const SetDepositPolicy = graphql(`
  mutation SettingsSetDepositPolicy($input: DepositPolicyInput!) {
    setDepositPolicy(input: $input) { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Acompte ou arrhes',
    intro: 'Ce que vous demandez à chaque nouvelle réservation. Les dossiers déjà ouverts gardent leurs conditions.',
    kind: 'Nature de l’avance demandée',
    ARRHES: 'Arrhes',
    ARRHESExplain: 'Le client qui renonce au séjour perd les arrhes ; si c’est vous qui annulez, vous lui rendez le double.',
    ACOMPTE: 'Acompte',
    ACOMPTEExplain: 'Il engage les deux parties : le client qui renonce reste redevable du séjour, et vous ne pouvez pas annuler sans risquer de lui devoir des dommages et intérêts.',
    percent: 'Pourcentage demandé (%)',
    dueDays: 'À payer dans les (jours après la réservation)',
    rules: 'Règles selon la date d’arrivée',
    rulesIntro: 'Pour une arrivée proche, demandez davantage (jusqu’à 100 %).',
    ruleDays: 'Si l’arrivée est dans moins de (jours)',
    rulePercent: 'demander (%)',
    addRule: 'Ajouter une règle',
    removeRule: 'Retirer la règle {n}',
    balance: 'Le solde est à payer',
    onArrival: 'à l’arrivée',
    before: 'avant l’arrivée',
    balanceDays: 'Nombre de jours avant l’arrivée',
    methods: 'Moyens de paiement acceptés',
    CHEQUE: 'Chèque',
    HOLIDAY_VOUCHERS: 'Chèques-vacances (ANCV)',
    TRANSFER: 'Virement',
    CASH: 'Espèces',
    CARD: 'Carte bancaire (numéro transmis)',
    ONLINE: 'Paiement en ligne par carte',
    payee: 'Chèques à l’ordre de (vide : votre nom)',
    badNumber: 'Vérifiez les pourcentages (0 à 100) et les nombres de jours.',
    save: 'Enregistrer l’acompte',
    saved: 'Conditions d’acompte enregistrées.',
  },
  en: {
    title: 'Deposit (acompte or arrhes)',
    intro: 'What you ask of every new booking. Files already opened keep their terms.',
    kind: 'Kind of deposit',
    ARRHES: 'Arrhes',
    ARRHESExplain: 'A guest who withdraws loses the arrhes; if you cancel, you pay back twice the amount.',
    ACOMPTE: 'Acompte',
    ACOMPTEExplain: 'It commits both sides: a guest who withdraws still owes the stay, and you cannot cancel without risking damages.',
    percent: 'Percentage asked (%)',
    dueDays: 'To pay within (days after booking)',
    rules: 'Rules by arrival date',
    rulesIntro: 'For an arrival close at hand, ask more (up to 100 %).',
    ruleDays: 'If the arrival is in fewer than (days)',
    rulePercent: 'ask (%)',
    addRule: 'Add a rule',
    removeRule: 'Remove rule {n}',
    balance: 'The balance is due',
    onArrival: 'on arrival',
    before: 'before arrival',
    balanceDays: 'Days before arrival',
    methods: 'Accepted ways to pay',
    CHEQUE: 'Cheque',
    HOLIDAY_VOUCHERS: 'Holiday vouchers (ANCV)',
    TRANSFER: 'Bank transfer',
    CASH: 'Cash',
    CARD: 'Card (number sent)',
    ONLINE: 'Online card payment',
    payee: 'Cheques payable to (empty: your name)',
    badNumber: 'Check the percentages (0 to 100) and the numbers of days.',
    save: 'Save the deposit',
    saved: 'Deposit terms saved.',
  },
});

const METHODS: readonly PaymentMethod[] = ['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER', 'CASH', 'CARD', 'ONLINE'];
const KINDS: readonly DepositKind[] = ['ARRHES', 'ACOMPTE'];

interface Form {
  kind: DepositKind;
  percent: string;
  dueDays: string;
  rules: { days: string; percent: string }[];
  onArrival: boolean;
  balanceDays: string;
  methods: PaymentMethod[];
  payee: string;
}

/** "25", "25,5" → 25.5; null when not a number. */
const number = (text: string): number | null => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || Number.isNaN(n) ? null : n;
};
const shown = (n: number): string => String(n).replace('.', ',');

/** The deposit policy, replaced as a whole by setDepositPolicy: the kind, percentage, rules, balance and ways to pay. */
export function DepositPolicySettings() {
  const [result] = useQuery({ query: DepositPolicyQuery });
  if (!result.data) return <ErrorMessage error={result.error} />;
  const policy = result.data.depositPolicy;
  return (
    <DepositPolicyForm
      initial={{
        kind: policy.kind,
        percent: shown(policy.defaultPercent),
        dueDays: String(policy.depositDueDays),
        rules: policy.rules.map((r) => ({ days: String(r.daysBeforeArrivalUnder), percent: shown(r.percent) })),
        onArrival: policy.balanceDue.onArrival,
        balanceDays: String(policy.balanceDue.daysBeforeArrival ?? 30),
        methods: [...policy.acceptedPaymentMethods],
        payee: policy.chequePayableTo ?? '',
      }}
    />
  );
}

function DepositPolicyForm({ initial }: { initial: Form }) {
  const t = useMessages(messages);
  const { form, set, saved, setSaved } = useDraft(initial);
  const [invalid, setInvalid] = useState(false);
  const [result, save] = useMutation(SetDepositPolicy);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const percent = number(form.percent);
    const dueDays = number(form.dueDays);
    const balanceDays = number(form.balanceDays);
    const rules = form.rules.map((r) => ({ daysBeforeArrivalUnder: number(r.days), percent: number(r.percent) }));
    const percentOk = (p: number | null) => p !== null && p >= 0 && p <= 100;
    const bad = !percentOk(percent) || dueDays === null || (!form.onArrival && balanceDays === null) || rules.some((r) => r.daysBeforeArrivalUnder === null || !percentOk(r.percent));
    setInvalid(bad);
    if (bad) return;
    const answer = await save({
      input: {
        kind: form.kind,
        defaultPercent: percent as number,
        depositDueDays: dueDays,
        rules: rules.map((r) => ({ daysBeforeArrivalUnder: r.daysBeforeArrivalUnder as number, percent: r.percent as number })),
        balanceDue: form.onArrival ? {} : { daysBeforeArrival: balanceDays },
        acceptedPaymentMethods: form.methods,
        chequePayableTo: form.payee.trim() || null,
      },
    });
    if (answer.data) setSaved(true);
  };

  return (
    <section className="card" aria-labelledby="settings-deposit">
      <h2 id="settings-deposit">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('kind')}</legend>
          {KINDS.map((kind) => (
            <div key={kind}>
              <label className="check">
                <input type="radio" name="deposit-kind" value={kind} checked={form.kind === kind} onChange={() => set({ kind })} aria-describedby={`settings-kind-${kind}`} />
                {t(kind)}
              </label>
              <p className="muted settings-explain" id={`settings-kind-${kind}`}>{t(`${kind}Explain`)}</p>
            </div>
          ))}
        </fieldset>
        <div className="settings-row">
          <label>
            {t('percent')}
            <input inputMode="decimal" required value={form.percent} onChange={(event) => set({ percent: event.target.value })} />
          </label>
          <label>
            {t('dueDays')}
            <input type="number" min={0} required value={form.dueDays} onChange={(event) => set({ dueDays: event.target.value })} />
          </label>
        </div>
        <fieldset>
          <legend>{t('rules')}</legend>
          <p className="muted">{t('rulesIntro')}</p>
          {form.rules.map((rule, i) => (
            <div className="settings-row" key={i}>
              <label>
                {t('ruleDays')}
                <input type="number" min={1} required value={rule.days} onChange={(event) => set({ rules: form.rules.map((r, j) => (j === i ? { ...r, days: event.target.value } : r)) })} />
              </label>
              <label>
                {t('rulePercent')}
                <input inputMode="decimal" required value={rule.percent} onChange={(event) => set({ rules: form.rules.map((r, j) => (j === i ? { ...r, percent: event.target.value } : r)) })} />
              </label>
              <button type="button" className="danger" onClick={() => set({ rules: form.rules.filter((_, j) => j !== i) })}>{t('removeRule', { n: i + 1 })}</button>
            </div>
          ))}
          <div>
            <button type="button" onClick={() => set({ rules: [...form.rules, { days: '30', percent: '50' }] })}>{t('addRule')}</button>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('balance')}</legend>
          <label className="check">
            <input type="radio" name="balance-due" checked={form.onArrival} onChange={() => set({ onArrival: true })} />
            {t('onArrival')}
          </label>
          <label className="check">
            <input type="radio" name="balance-due" checked={!form.onArrival} onChange={() => set({ onArrival: false })} />
            {t('before')}
          </label>
          {!form.onArrival && (
            <label>
              {t('balanceDays')}
              <input type="number" min={0} required value={form.balanceDays} onChange={(event) => set({ balanceDays: event.target.value })} />
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('methods')}</legend>
          {METHODS.map((method) => (
            <label key={method} className="check">
              <input
                type="checkbox"
                checked={form.methods.includes(method)}
                onChange={(event) => set({ methods: event.target.checked ? [...form.methods, method] : form.methods.filter((m) => m !== method) })}
              />
              {t(method)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('payee')}
          <input value={form.payee} onChange={(event) => set({ payee: event.target.value })} />
        </label>
        {invalid && <p role="alert" className="error">{t('badNumber')}</p>}
        <SaveFooter label={t('save')} saved={saved} savedText={t('saved')} busy={result.fetching} error={result.error} />
      </form>
    </section>
  );
}
