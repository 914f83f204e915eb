import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { addDays, euros, longDay, nightsBetween, parseEuros } from '../../format';
import { useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { planningMessages } from './messages';
import { Modal } from './modal';
import { PlanningAgeRanges, PlanningBlockNights, PlanningCreateDossier, PlanningQuote } from './queries';

export interface ChosenNights {
  readonly accommodationId: string;
  readonly accommodationName: string;
  /** First night. */
  readonly from: string;
  /** Exclusive: the day after the last night (the guest's departure). */
  readonly to: string;
}

/** "450,5" from 45050 cents, as an owner would type it back. */
const typedEuros = (cents: number, lang: 'fr' | 'en'): string => {
  const text = (cents / 100).toFixed(2).replace(/\.00$/, '');
  return lang === 'fr' ? text.replace('.', ',') : text;
};

/**
 * What to do with the nights chosen on the planning: open a booking file for a guest, priced by the
 * owner's rates unless they type their own price, or close the nights to sale.
 */
export function RangeDialog({ nights, onClose, onBlocked }: { nights: ChosenNights; onClose: () => void; onBlocked: () => void }) {
  const t = useMessages(planningMessages);
  const { lang } = useLang();
  const titleId = useId();
  const [choice, setChoice] = useState<'book' | 'block'>('book');
  const count = nightsBetween(nights.from, nights.to);
  return (
    <Modal titleId={titleId} onClose={onClose}>
      <h2 id={titleId}>
        {t('rangeTitle', { name: nights.accommodationName, nights: count, from: longDay(nights.from, lang), to: longDay(addDays(nights.to, -1), lang) })}
      </h2>
      <fieldset className="planning-choice">
        <legend>{t('choice')}</legend>
        <label className="check">
          <input type="radio" name="planning-choice" checked={choice === 'book'} onChange={() => setChoice('book')} /> {t('choiceBook')}
        </label>
        <label className="check">
          <input type="radio" name="planning-choice" checked={choice === 'block'} onChange={() => setChoice('block')} /> {t('choiceBlock')}
        </label>
      </fieldset>
      {choice === 'book' ? <BookForm nights={nights} onClose={onClose} /> : <BlockForm nights={nights} onClose={onClose} onBlocked={onBlocked} />}
    </Modal>
  );
}

function BookForm({ nights, onClose }: { nights: ChosenNights; onClose: () => void }) {
  const t = useMessages(planningMessages);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [adults, setAdults] = useState(2);
  const [children, setChildren] = useState(0);
  const [price, setPrice] = useState('');
  const [priceTyped, setPriceTyped] = useState(false);
  const [problem, setProblem] = useState<'needName' | 'badPrice' | null>(null);

  const [ranges] = useQuery({ query: PlanningAgeRanges });
  // Oldest first: the first range is the adults', the next one the children's.
  const adultRange = ranges.data?.ageRanges[0];
  const childRange = ranges.data?.ageRanges[1];
  const occupants = [
    ...(adultRange && adults > 0 ? [{ ageRangeId: adultRange.id, count: adults }] : []),
    ...(childRange && children > 0 ? [{ ageRangeId: childRange.id, count: children }] : []),
  ];
  const [quote] = useQuery({
    query: PlanningQuote,
    variables: { input: { accommodationId: nights.accommodationId, arrival: nights.from, departure: nights.to, occupants, lang: lang === 'fr' ? 'FR' : 'EN' } },
    pause: !adultRange || occupants.length === 0,
  });
  const quoted = quote.data?.quote;
  const noRate = quoted?.refusals.some((r) => r.code === 'NO_RATE') ?? false;
  const quotedPrice = quoted && !noRate ? quoted.discountedAccommodationPrice.cents : null;
  useEffect(() => {
    if (!priceTyped) setPrice(quotedPrice === null ? '' : typedEuros(quotedPrice, lang));
  }, [quotedPrice, priceTyped, lang]);

  const [created, create] = useMutation(PlanningCreateDossier);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!lastName.trim()) return setProblem('needName');
    const cents = price.trim() ? parseEuros(price) : null;
    if (price.trim() && cents === null) return setProblem('badPrice');
    setProblem(null);
    // The rates' own price is left to the API (it prices the file the same); a typed one replaces it.
    const typed = cents !== null && (priceTyped || quotedPrice === null) && cents !== quotedPrice;
    const answer = await create({
      input: {
        accommodationId: nights.accommodationId,
        arrival: nights.from,
        departure: nights.to,
        occupants,
        guest: { lastName: lastName.trim(), firstName: firstName.trim() || null, email: email.trim() || null, phone1: phone.trim() || null },
        ...(typed ? { price: cents } : {}),
      },
    });
    const id = answer.data?.createDossier.id;
    if (id) {
      onClose();
      navigate(`/dossiers/${id}`);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <label>
        {t('lastName')}
        <input value={lastName} onChange={(e) => setLastName(e.target.value)} required autoComplete="off" data-autofocus aria-invalid={problem === 'needName'} />
      </label>
      <label>
        {t('firstName')}
        <input value={firstName} onChange={(e) => setFirstName(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('email')}
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('phone')}
        <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" />
      </label>
      <div className="planning-pair">
        <label>
          {t('adults')}
          <input type="number" min={0} max={50} value={adults} onChange={(e) => setAdults(Math.max(0, Number(e.target.value) || 0))} />
        </label>
        {childRange && (
          <label>
            {t('children')}
            <input type="number" min={0} max={50} value={children} onChange={(e) => setChildren(Math.max(0, Number(e.target.value) || 0))} />
          </label>
        )}
      </div>
      <label>
        {t('price')}
        <input
          inputMode="decimal"
          value={price}
          onChange={(e) => {
            setPriceTyped(true);
            setPrice(e.target.value);
          }}
          aria-invalid={problem === 'badPrice'}
          aria-describedby="planning-quote-hint"
        />
      </label>
      <p id="planning-quote-hint" className="muted" role="status">
        {quote.fetching
          ? t('quoting')
          : noRate
            ? t('noRate')
            : quoted
              ? t('quoted', { price: euros(quoted.discountedAccommodationPrice.cents, lang), total: euros(quoted.total.cents, lang) })
              : ''}
      </p>
      {problem && <p role="alert" className="error">{t(problem)}</p>}
      <ErrorMessage error={created.error ?? ranges.error} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={created.fetching}>{t('create')}</button>
        <button type="button" onClick={onClose}>{t('cancel')}</button>
      </div>
    </form>
  );
}

function BlockForm({ nights, onClose, onBlocked }: { nights: ChosenNights; onClose: () => void; onBlocked: () => void }) {
  const t = useMessages(planningMessages);
  const [reason, setReason] = useState('');
  const [blocked, block] = useMutation(PlanningBlockNights);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await block({ accommodationId: nights.accommodationId, from: nights.from, to: nights.to, reason: reason.trim() || null });
    if (answer.data) onBlocked();
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <label>
        {t('reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
      </label>
      <ErrorMessage error={blocked.error} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={blocked.fetching}>{t('block')}</button>
        <button type="button" onClick={onClose}>{t('cancel')}</button>
      </div>
    </form>
  );
}
