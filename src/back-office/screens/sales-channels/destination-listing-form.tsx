import { useState, type FormEvent } from 'react';
import { defineMessages, useMessages } from '../../i18n';
import type { ChannelAccommodation } from './accommodation-picker';

const messages = defineMessages({
  fr: {
    choose: 'Hébergements que la destination propose sur sa place de marché',
    onlyBookable: 'Seuls les hébergements « réservables en ligne » peuvent être proposés.',
    noneBookable: 'Aucun de vos hébergements n’est « réservable en ligne » : changez d’abord la visibilité d’un hébergement.',
    notBookable: '(plus réservable en ligne : la place de marché ne le montre pas)',
    pickOne: 'Cochez au moins un hébergement.',
    cancel: 'Annuler',
  },
  en: {
    choose: 'Accommodations the destination offers on its marketplace',
    onlyBookable: 'Only accommodations “bookable online” can be offered.',
    noneBookable: 'None of your accommodations is “bookable online”: change an accommodation’s visibility first.',
    notBookable: '(no longer bookable online: the marketplace does not show it)',
    pickOne: 'Tick at least one accommodation.',
    cancel: 'Cancel',
  },
});

/**
 * Which accommodations a destination lists: the owner's bookable ones, and any already chosen
 * that stopped being bookable (kept in the choice, flagged).
 */
export function DestinationListingForm(props: {
  accommodations: readonly ChannelAccommodation[];
  chosen: readonly string[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (ids: string[]) => void;
  onCancel: () => void;
}) {
  const t = useMessages(messages);
  const [ids, setIds] = useState<readonly string[]>(props.chosen);
  const [missing, setMissing] = useState(false);
  const offered = props.accommodations.filter((a) => a.visibility === 'BOOKABLE' || props.chosen.includes(a.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ids.length === 0) {
      setMissing(true);
      return;
    }
    props.onSubmit([...ids]);
  };
  if (offered.length === 0) return <p className="sales-channels-note">{t('noneBookable')}</p>;
  return (
    <form className="form" onSubmit={submit}>
      <fieldset className="sales-channels-fieldset">
        <legend>{t('choose')}</legend>
        <p className="muted">{t('onlyBookable')}</p>
        {offered.map((a) => (
          <label key={a.id} className="check">
            <input type="checkbox" checked={ids.includes(a.id)} onChange={(event) => setIds(event.target.checked ? [...ids, a.id] : ids.filter((id) => id !== a.id))} />
            {a.name} ({a.city}) {a.visibility !== 'BOOKABLE' && t('notBookable')}
          </label>
        ))}
      </fieldset>
      {missing && <p role="alert" className="error">{t('pickOne')}</p>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
