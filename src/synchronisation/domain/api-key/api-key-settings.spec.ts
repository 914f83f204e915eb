import { InvalidInput } from '../../../shared/kernel/errors';
import { apiKeyName, apiKeyScopes } from './api-key-settings';

describe('an API key’s settings', () => {
  it('keeps the name as the owner typed it, trimmed', () => expect(apiKeyName('  Channel manager ')).toBe('Channel manager'));

  it.each([[''], ['   ']])('refuses an empty name (%j)', (name) => expect(() => apiKeyName(name)).toThrow(InvalidInput));

  it('takes a name of 80 characters and refuses one of 81', () => {
    expect(apiKeyName('é'.repeat(80))).toHaveLength(80);
    expect(() => apiKeyName('a'.repeat(81))).toThrow(/name: must be at most 80 characters/);
  });

  it('names each scope once, in the order first given', () => expect(apiKeyScopes(['b', 'a', 'b'])).toEqual(['b', 'a']));

  it('refuses a key that may do nothing', () => expect(() => apiKeyScopes([])).toThrow(/scopes: must name at least one scope/));
});
