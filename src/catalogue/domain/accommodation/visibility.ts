/** Not visible / visible without online booking / visible and bookable online. */
export const VISIBILITIES = ['HIDDEN', 'LISTED', 'BOOKABLE'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
