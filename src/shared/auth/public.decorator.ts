import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'osmb:isPublic';

/** Marks an operation any visitor may call; everything else needs an owner's bearer token, or a destination's where marked `@DestinationOperation()`. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
