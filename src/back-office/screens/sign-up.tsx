import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../graphql';
import { defineMessages, useLang, useMessages } from '../i18n';
import { sessionHeaders, sessionModeHeader } from '../session';
import { ErrorMessage } from '../ui/error-message';

const SignUp = graphql(`
  mutation BackOfficeSignUp($input: SignUpInput!) {
    signUp(input: $input) { owner { id } }
  }
`);

const messages = defineMessages({
  fr: {
    title: 'Première connexion',
    intro: 'Vos coordonnées de propriétaire, puis votre premier hébergement.',
    step: 'Étape 1 sur 2 : vos coordonnées',
    civility: 'Civilité',
    none: '—',
    mr: 'M.',
    mrs: 'Mme',
    firstName: 'Prénom',
    lastName: 'Nom',
    company: 'Société (facultatif)',
    email: 'Adresse e-mail',
    password: 'Mot de passe (12 caractères au moins)',
    phone: 'Téléphone',
    address: 'Adresse',
    postalCode: 'Code postal',
    city: 'Ville',
    submit: 'Continuer',
    already: 'Déjà un compte ?',
    logIn: 'Se connecter',
  },
  en: {
    title: 'First connection',
    intro: 'Your details as an owner, then your first accommodation.',
    step: 'Step 1 of 2: your details',
    civility: 'Title',
    none: '—',
    mr: 'Mr',
    mrs: 'Mrs',
    firstName: 'First name',
    lastName: 'Last name',
    company: 'Company (optional)',
    email: 'Email address',
    password: 'Password (at least 12 characters)',
    phone: 'Phone',
    address: 'Address',
    postalCode: 'Postal code',
    city: 'City',
    submit: 'Continue',
    already: 'Already have an account?',
    logIn: 'Log in',
  },
});

const FIELDS = ['firstName', 'lastName', 'company', 'phone1', 'address', 'postalCode', 'city'] as const;
type Field = (typeof FIELDS)[number];

/** First connection, step 1: the owner's account and details; step 2 is the first accommodation's sheet. */
export function SignUpScreen() {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [civility, setCivility] = useState('');
  const [details, setDetails] = useState<Record<Field, string>>({ firstName: '', lastName: '', company: '', phone1: '', address: '', postalCode: '', city: '' });
  const [result, signUp] = useMutation(SignUp);
  const set = (field: Field) => (event: { target: { value: string } }) => setDetails({ ...details, [field]: event.target.value });
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      email,
      password,
      civility: optional(civility),
      lastName: details.lastName.trim(),
      firstName: optional(details.firstName),
      company: optional(details.company),
      phone1: optional(details.phone1),
      address: optional(details.address),
      postalCode: optional(details.postalCode),
      city: optional(details.city),
      country: 'France',
    };
    const answer = await signUp({ input }, { fetchOptions: { credentials: 'same-origin', headers: { ...sessionHeaders(lang), ...sessionModeHeader(false) } } });
    if (answer.data) navigate('/accommodations/new?first=1', { replace: true });
  };

  const label = (field: Field) => (field === 'phone1' ? t('phone') : t(field));
  return (
    <main id="content" className="narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('step')}</h2>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label>
          {t('email')}
          <input type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t('password')}
          <input type="password" autoComplete="new-password" required minLength={12} value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label>
          {t('civility')}
          <select value={civility} onChange={(event) => setCivility(event.target.value)}>
            <option value="">{t('none')}</option>
            <option value={t('mr')}>{t('mr')}</option>
            <option value={t('mrs')}>{t('mrs')}</option>
          </select>
        </label>
        {FIELDS.map((field) => (
          <label key={field}>
            {label(field)}
            <input
              value={details[field]}
              onChange={set(field)}
              required={field === 'lastName'}
              autoComplete={{ firstName: 'given-name', lastName: 'family-name', company: 'organization', phone1: 'tel', address: 'street-address', postalCode: 'postal-code', city: 'address-level2' }[field]}
              type={field === 'phone1' ? 'tel' : 'text'}
            />
          </label>
        ))}
        <ErrorMessage error={result.error} />
        <button type="submit" className="primary" disabled={result.fetching}>{t('submit')}</button>
      </form>
      <p>
        {t('already')} <Link href="/login">{t('logIn')}</Link>
      </p>
    </main>
  );
}
