/** `column` holds the text bound to its one parameter, anywhere in it; bind `likeLiteral(text)`. */
export const likeContains = (column: string): string => `${column} LIKE '%' || ? || '%' ESCAPE '\\'`;

/** What a person typed, matched as written: `%` and `_` are no wildcards to someone searching a name. */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
