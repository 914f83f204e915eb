import { euros } from '../../../shared/kernel/money';
import type { DossierStay } from './dossier';
import { StayNotInDossier, StayNotNamed } from './dossier.errors';
import { stayAt, staysAt } from './dossier-stays';

const stay = (accommodationId: string): DossierStay => ({
  stayId: `stay-${accommodationId}`,
  holdId: `hold-${accommodationId}`,
  accommodationId,
  arrival: '2026-07-04',
  departure: '2026-07-11',
  occupants: [],
  optionalSupplementIds: [],
  pricing: { accommodationPrice: euros(40_000), overridden: false, discounts: [], supplements: [], touristTax: euros(0) },
});

const single = { stays: [stay('gite')] };
const double = { stays: [stay('gite'), stay('chambre')] };

describe('the stays a change is about', () => {
  it('is every stay when no accommodation is named', () => expect(staysAt(double, null).map((s) => s.accommodationId)).toEqual(['gite', 'chambre']));

  it('is the named accommodation’s stay', () => expect(staysAt(double, 'chambre').map((s) => s.stayId)).toEqual(['stay-chambre']));

  it('refuses an accommodation the file has no stay in', () => expect(() => staysAt(double, 'mazet')).toThrow(StayNotInDossier));
});

describe('the one stay a change is about', () => {
  it('is the file’s only stay when none is named', () => expect(stayAt(single, null).stayId).toBe('stay-gite'));

  it('is the named one in a file of several', () => expect(stayAt(double, 'chambre').stayId).toBe('stay-chambre'));

  it('must be named in a file of several', () => expect(() => stayAt(double, null)).toThrow(StayNotNamed));

  it('refuses an accommodation the file has no stay in', () => expect(() => stayAt(single, 'mazet')).toThrow(StayNotInDossier));
});
