/**
 * A meublé de tourisme's registration number (Code du tourisme L324-1-1) as communes print it and
 * every offer shows it, from its 13 characters: the commune's INSEE code, the identifier, the key,
 * "75056 123456 AB". `space` is what goes between the groups: a document gives a no-break space,
 * so that the number never splits across lines.
 */
export const printedRegistrationNumber = (number: string, space = ' '): string => [number.slice(0, 5), number.slice(5, 11), number.slice(11)].join(space);
