import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'osmb:isPublic';

/** Marks an operation any visitor may call; everything else needs an owner's bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
