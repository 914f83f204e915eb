import { givenDecider } from '../../../../test/support/decider-spec';
import { InvalidInput } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { parseEstablishmentDetails, type EstablishmentDetails, type EstablishmentDetailsInput } from './establishment-details';
import { establishmentDecider, establishmentStream, type EstablishmentCommand, type EstablishmentEvent } from './establishment.decider';

const given = givenDecider(establishmentDecider);

const OWNER = 'owner-1';

const details = (overrides: Partial<EstablishmentDetails> = {}): EstablishmentDetails => ({
  name: 'Domaine des Vignes',
  slogan: 'Le calme au cœur du Luberon',
  description: { fr: 'Trois gîtes autour d’une cour.', en: null },
  photos: [{ url: 'https://photos.example.fr/cour.jpg', caption: { fr: 'La cour', en: 'The courtyard' } }],
  ...overrides,
});

const describeIt = (value: EstablishmentDetails): EstablishmentCommand => command('DescribeEstablishment', { ownerId: OWNER, details: value });
const described = (value: EstablishmentDetails): EstablishmentEvent => event('EstablishmentDescribed', { ownerId: OWNER, details: value });

describe('Establishment', () => {
  it('records the first description of the establishment', () => given([]).when(describeIt(details())).then([described(details())]));

  it('records a description that changed', () =>
    given([described(details())]).when(describeIt(details({ slogan: null }))).then([described(details({ slogan: null }))]));

  it('records nothing when the description is the one already held', () => given([described(details())]).when(describeIt(details())).thenNothing());

  it('compares with the latest description, not the first', () =>
    given([described(details()), described(details({ name: 'Mas des Vignes' }))]).when(describeIt(details({ name: 'Mas des Vignes' }))).thenNothing());

  it('records a return to an earlier description', () =>
    given([described(details()), described(details({ name: 'Mas des Vignes' }))]).when(describeIt(details())).then([described(details())]));

  it('records nothing when the held description came back from the store with its keys in another order', () => {
    const readBack = JSON.parse(
      '{"description":{"en":null,"fr":"Trois gîtes autour d’une cour."},"name":"Domaine des Vignes",' +
        '"photos":[{"caption":{"en":"The courtyard","fr":"La cour"},"url":"https://photos.example.fr/cour.jpg"}],' +
        '"slogan":"Le calme au cœur du Luberon"}',
    ) as EstablishmentDetails;
    given([described(readBack)]).when(describeIt(details())).thenNothing();
  });

  it('records a change in the order of the photos, the order guests see', () => {
    const photo = (url: string) => ({ url, caption: { fr: null, en: null } });
    const two = details({ photos: [photo('https://photos.example.fr/a.jpg'), photo('https://photos.example.fr/b.jpg')] });
    const swapped = details({ photos: [...two.photos].reverse() });
    given([described(two)]).when(describeIt(swapped)).then([described(swapped)]);
  });

  it('keeps one stream per owner', () => expect(establishmentStream(OWNER)).toBe('establishment-owner-1'));
});

describe('Establishment details', () => {
  const parse = (input: EstablishmentDetailsInput) => parseEstablishmentDetails('input', input);

  function refusal(input: EstablishmentDetailsInput): InvalidInput {
    try {
      parse(input);
    } catch (error) {
      if (error instanceof InvalidInput) return error;
      throw error;
    }
    throw new Error('expected the input to be refused, but it was accepted');
  }

  it('needs only a name, leaving the rest empty', () =>
    expect(parse({ name: ' Domaine des Vignes ' })).toEqual({ name: 'Domaine des Vignes', slogan: null, description: { fr: null, en: null }, photos: [] }));

  it('keeps a multi-line description in both languages, trimmed', () =>
    expect(parse({ name: 'Domaine', description: { fr: ' Trois gîtes.\nUne cour. ', en: ' Three cottages. ' } }).description).toEqual({
      fr: 'Trois gîtes.\nUne cour.',
      en: 'Three cottages.',
    }));

  it('keeps photos in the order given, with their captions', () =>
    expect(parse({ name: 'Domaine', photos: [{ url: 'http://photos.example.fr/b.jpg' }, { url: 'https://photos.example.fr/a.jpg', caption: { en: 'Pool' } }] }).photos).toEqual([
      { url: 'http://photos.example.fr/b.jpg', caption: { fr: null, en: null } },
      { url: 'https://photos.example.fr/a.jpg', caption: { fr: null, en: 'Pool' } },
    ]));

  it.each<[string, EstablishmentDetailsInput, string]>([
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a name over 100 characters', { name: 'a'.repeat(101) }, 'input.name'],
    ['a slogan on two lines', { name: 'Domaine', slogan: 'Calme\nVolets' }, 'input.slogan'],
    ['a slogan over 200 characters', { name: 'Domaine', slogan: 'a'.repeat(201) }, 'input.slogan'],
    ['a description with a control character', { name: 'Domaine', description: { en: 'Quiet\u001B[2J' } }, 'input.description.en'],
    ['a photo at a javascript: address', { name: 'Domaine', photos: [{ url: 'javascript:alert(document.cookie)' }] }, 'input.photos[0].url'],
    ['a photo at an ftp:// address', { name: 'Domaine', photos: [{ url: 'https://photos.example.fr/a.jpg' }, { url: 'ftp://photos.example.fr/b.jpg' }] }, 'input.photos[1].url'],
    ['a photo at a relative address', { name: 'Domaine', photos: [{ url: 'cour.jpg' }] }, 'input.photos[0].url'],
    ['a photo caption on two lines', { name: 'Domaine', photos: [{ url: 'https://photos.example.fr/a.jpg', caption: { fr: 'La\ncour' } }] }, 'input.photos[0].caption.fr'],
  ])('refuses %s, naming the field', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));
});
