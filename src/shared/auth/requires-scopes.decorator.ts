import { SetMetadata } from '@nestjs/common';
import type { ApiScope } from './api-scopes';

export const REQUIRED_SCOPES = 'osmb:requiredScopes';

/**
 * Opens an owner operation to API keys that hold every scope named. Closed by default: an
 * operation without it stays open to owners' own tokens only, whatever a key's scopes.
 */
export const RequiresScopes = (...scopes: ApiScope[]) => SetMetadata(REQUIRED_SCOPES, scopes);
