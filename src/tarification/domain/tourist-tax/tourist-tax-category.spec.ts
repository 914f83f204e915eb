import { touristTaxCategory } from './tourist-tax-category';

describe('The category a stay is taxed in', () => {
  it.each([
    [1, 'ONE_STAR'],
    [2, 'TWO_STARS'],
    [3, 'THREE_STARS'],
    [4, 'FOUR_STARS'],
    [5, 'FIVE_STARS'],
  ])('is a %i-star meublé’s row', (stars, category) => expect(touristTaxCategory('HOLIDAY_RENTAL', stars)).toBe(category));

  it('is unclassified without stars, or once the classement lapsed', () => expect(touristTaxCategory('HOLIDAY_RENTAL', 0)).toBe('UNCLASSIFIED'));

  it("is the chambres d'hôtes row for a guest room, stars or not", () => {
    expect(touristTaxCategory('GUEST_ROOM', 0)).toBe('GUEST_ROOM');
    expect(touristTaxCategory('GUEST_ROOM', 3)).toBe('GUEST_ROOM');
  });
});
