import { useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useQuery } from 'urql';
import type { AccommodationInput, CharacteristicGroup, PhotoInput } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { AccommodationCharacteristics, AccommodationCommunes } from './operations';
import { inputFromSheet, ORIENTATIONS, type Sheet, type SheetField } from './sheet';

const messages = defineMessages({
  fr: {
    general: 'L’hébergement',
    name: 'Nom de l’hébergement',
    kind: 'Type',
    HOLIDAY_RENTAL: 'Gîte, meublé de tourisme',
    GUEST_ROOM: 'Chambre d’hôtes',
    minCapacity: 'Capacité minimum (personnes)',
    maxCapacity: 'Capacité (personnes)',
    starRating: 'Classement (étoiles)',
    unclassified: 'Non classé',
    stars: '{n} étoile(s)',
    surface: 'Surface (m²)',
    floor: 'Étage (0 = rez-de-chaussée)',
    orientation: 'Orientation',
    none: '—',
    NORTH: 'Nord', NORTH_EAST: 'Nord-est', EAST: 'Est', SOUTH_EAST: 'Sud-est', SOUTH: 'Sud', SOUTH_WEST: 'Sud-ouest', WEST: 'Ouest', NORTH_WEST: 'Nord-ouest',
    securityDeposit: 'Dépôt de garantie (€)',
    where: 'Adresse',
    address: 'Adresse (rue)',
    postalCode: 'Code postal',
    city: 'Commune',
    gps: 'Coordonnées GPS et altitude (facultatif)',
    latitude: 'Latitude',
    longitude: 'Longitude',
    altitude: 'Altitude (m)',
    descriptions: 'Descriptif',
    descriptionFr: 'Description en français',
    descriptionEn: 'Description en anglais',
    characteristics: 'Caractéristiques',
    EQUIPMENT: 'Équipements du logement',
    INFRASTRUCTURE: 'Infrastructures de la propriété',
    AMENITY: 'Services et règles de la maison',
    invalid: 'Vérifiez le champ « {field} » : ce n’est pas un nombre valable.',
  },
  en: {
    general: 'The accommodation',
    name: 'Accommodation name',
    kind: 'Type',
    HOLIDAY_RENTAL: 'Gîte, holiday rental',
    GUEST_ROOM: 'B&B room (chambre d’hôtes)',
    minCapacity: 'Minimum capacity (people)',
    maxCapacity: 'Capacity (people)',
    starRating: 'Classification (stars)',
    unclassified: 'Unclassified',
    stars: '{n} star(s)',
    surface: 'Surface (m²)',
    floor: 'Floor (0 = ground floor)',
    orientation: 'Orientation',
    none: '—',
    NORTH: 'North', NORTH_EAST: 'North-east', EAST: 'East', SOUTH_EAST: 'South-east', SOUTH: 'South', SOUTH_WEST: 'South-west', WEST: 'West', NORTH_WEST: 'North-west',
    securityDeposit: 'Security deposit (€)',
    where: 'Address',
    address: 'Address (street)',
    postalCode: 'Postal code',
    city: 'Town',
    gps: 'GPS coordinates and altitude (optional)',
    latitude: 'Latitude',
    longitude: 'Longitude',
    altitude: 'Altitude (m)',
    descriptions: 'Description',
    descriptionFr: 'Description in French',
    descriptionEn: 'Description in English',
    characteristics: 'Characteristics',
    EQUIPMENT: 'Equipment of the unit',
    INFRASTRUCTURE: 'Facilities of the property',
    AMENITY: 'Services and house rules',
    invalid: 'Check the field “{field}”: it is not a valid number.',
  },
});

const GROUPS: readonly CharacteristicGroup[] = ['EQUIPMENT', 'INFRASTRUCTURE', 'AMENITY'];

/**
 * The accommodation's whole sheet, for creating and editing alike: what it is, where, its
 * French and English descriptions and its characteristics by group. Photos are kept apart (they
 * are saved as they are added) and sent back unchanged with the sheet.
 */
export function SheetForm(props: {
  readonly initial: Sheet;
  readonly photos: PhotoInput[];
  readonly submitLabel: string;
  readonly fetching: boolean;
  readonly error: CombinedError | undefined;
  readonly onSubmit: (input: AccommodationInput) => void;
  readonly children?: ReactNode;
}) {
  const t = useMessages(messages);
  const { lang } = useLang();
  const [sheet, setSheet] = useState<Sheet>(props.initial);
  const [invalid, setInvalid] = useState<SheetField | null>(null);
  const [catalogue] = useQuery({ query: AccommodationCharacteristics });
  const postalCode = sheet.postalCode.trim();
  const [communes] = useQuery({ query: AccommodationCommunes, variables: { postalCode }, pause: !/^\d{5}$/.test(postalCode) });

  const set = (field: SheetField) => (event: { target: { value: string } }) => setSheet({ ...sheet, [field]: event.target.value });
  const toggle = (code: string, on: boolean) =>
    setSheet({ ...sheet, characteristics: on ? [...sheet.characteristics, code] : sheet.characteristics.filter((c) => c !== code) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = inputFromSheet(sheet, props.photos);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid(null);
    props.onSubmit(result.input);
  };

  const field = (name: SheetField, options: { required?: boolean; numeric?: 'whole' | 'decimal'; list?: string } = {}) => (
    <label>
      {t(name)}
      <input
        value={sheet[name]}
        onChange={set(name)}
        required={options.required}
        inputMode={options.numeric === 'whole' ? 'numeric' : options.numeric === 'decimal' ? 'decimal' : undefined}
        list={options.list}
        aria-invalid={invalid === name || undefined}
      />
    </label>
  );

  return (
    <form className="form accommodations-sheet" onSubmit={submit}>
      <fieldset>
        <legend>{t('general')}</legend>
        {field('name', { required: true })}
        <label>
          {t('kind')}
          <select value={sheet.kind} onChange={(event) => setSheet({ ...sheet, kind: event.target.value === 'GUEST_ROOM' ? 'GUEST_ROOM' : 'HOLIDAY_RENTAL' })}>
            <option value="HOLIDAY_RENTAL">{t('HOLIDAY_RENTAL')}</option>
            <option value="GUEST_ROOM">{t('GUEST_ROOM')}</option>
          </select>
        </label>
        {field('maxCapacity', { required: true, numeric: 'whole' })}
        {field('minCapacity', { numeric: 'whole' })}
        <label>
          {t('starRating')}
          <select value={sheet.starRating} onChange={set('starRating')}>
            <option value="0">{t('unclassified')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>{t('stars', { n })}</option>
            ))}
          </select>
        </label>
        {field('surface', { numeric: 'decimal' })}
        {field('floor', { numeric: 'whole' })}
        <label>
          {t('orientation')}
          <select value={sheet.orientation} onChange={(event) => setSheet({ ...sheet, orientation: ORIENTATIONS.find((o) => o === event.target.value) ?? '' })}>
            <option value="">{t('none')}</option>
            {ORIENTATIONS.map((o) => (
              <option key={o} value={o}>{t(o)}</option>
            ))}
          </select>
        </label>
        {field('securityDeposit', { numeric: 'decimal' })}
      </fieldset>
      <fieldset>
        <legend>{t('where')}</legend>
        {field('address')}
        {field('postalCode', { numeric: 'whole' })}
        {field('city', { required: true, list: 'accommodations-communes' })}
        <datalist id="accommodations-communes">
          {(communes.data?.communes ?? []).map((c) => (
            <option key={c.inseeCode} value={c.name} />
          ))}
        </datalist>
        <details>
          <summary>{t('gps')}</summary>
          {field('latitude', { numeric: 'decimal' })}
          {field('longitude', { numeric: 'decimal' })}
          {field('altitude', { numeric: 'whole' })}
        </details>
      </fieldset>
      <fieldset>
        <legend>{t('descriptions')}</legend>
        <label>
          {t('descriptionFr')}
          <textarea rows={5} required value={sheet.descriptionFr} onChange={set('descriptionFr')} lang="fr" />
        </label>
        <label>
          {t('descriptionEn')}
          <textarea rows={5} value={sheet.descriptionEn} onChange={set('descriptionEn')} lang="en" />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('characteristics')}</legend>
        {GROUPS.map((group) => (
          <fieldset key={group} className="accommodations-group">
            <legend>{t(group)}</legend>
            {(catalogue.data?.characteristics ?? [])
              .filter((c) => c.group === group)
              .map((c) => (
                <label key={c.code} className="check">
                  <input type="checkbox" checked={sheet.characteristics.includes(c.code)} onChange={(event) => toggle(c.code, event.target.checked)} />
                  {c.label[lang]}
                </label>
              ))}
          </fieldset>
        ))}
      </fieldset>
      {props.children}
      {invalid && <p role="alert" className="error">{t('invalid', { field: t(invalid) })}</p>}
      <ErrorMessage error={props.error} />
      <button type="submit" className="primary" disabled={props.fetching}>{props.submitLabel}</button>
    </form>
  );
}
