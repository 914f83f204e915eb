import { z } from 'zod';
import { localizedTextSchema } from '../../shared/kernel/event-schemas';
import type { Photo } from './photos';

/** A photo as accommodation and establishment events store it: shape only, as for every event. */
export const photoSchema: z.ZodType<Photo> = z.object({ url: z.string(), caption: localizedTextSchema });
