import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../auth/authenticated-owner';
import { preferredLang, type Lang } from '../kernel/lang';

/**
 * The language a guest's browser asks for (`Accept-Language`), for a public operation called
 * without `lang`; null when it names neither French nor English. Guests read French by default.
 */
export const BrowserLang = createParamDecorator((_: unknown, context: ExecutionContext): Lang | null => preferredLang(requestOf(context).headers?.['accept-language']));
