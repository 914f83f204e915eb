import { InvalidInput } from '../../../shared/kernel/errors';
import { requiredText } from '../../../shared/kernel/text';

/** Live keys one owner may hold: enough for every integrator they work with, few enough to review. */
export const MAX_LIVE_API_KEYS = 25;

const MAX_NAME_LENGTH = 80;

/** What the owner calls the key, so that they know whose it is when they review or revoke it. */
export const apiKeyName = (value: string): string => requiredText('name', value, MAX_NAME_LENGTH);

/** What the key may do: at least one scope, each named once. */
export function apiKeyScopes<S extends string>(values: readonly S[]): S[] {
  const scopes = [...new Set(values)];
  if (scopes.length === 0) throw new InvalidInput('scopes', 'must name at least one scope');
  return scopes;
}
