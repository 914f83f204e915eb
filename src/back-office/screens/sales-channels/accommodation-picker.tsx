import { useId } from 'react';
import type { Visibility } from '../../graphql/graphql';
import { defineMessages, useMessages } from '../../i18n';

export interface ChannelAccommodation {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly visibility: Visibility;
}

/** The accommodation a section works on, chosen once for all of the screen's sections. */
export interface AccommodationChoice {
  readonly accommodations: readonly ChannelAccommodation[];
  readonly current: ChannelAccommodation;
  readonly choose: (id: string) => void;
}

const messages = defineMessages({
  fr: { accommodation: 'Hébergement' },
  en: { accommodation: 'Accommodation' },
});

export function AccommodationPicker({ accommodations, current, choose }: AccommodationChoice) {
  const t = useMessages(messages);
  const id = useId();
  return (
    <div className="form sales-channels-picker">
      <label htmlFor={id}>{t('accommodation')}</label>
      <select id={id} value={current.id} onChange={(event) => choose(event.target.value)}>
        {accommodations.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.city})
          </option>
        ))}
      </select>
    </div>
  );
}
