/** The languages of user-facing texts, and the shape of one area's part of the message table. */
export type Lang = 'kk' | 'ru' | 'en';

/**
 * An area's messages, keyed `<prefix>.<name>`. Typing the prefixes keeps each code in the one
 * area that owns its prefix, so spreading the areas into one table cannot silently override one.
 */
export type AreaMessages<Prefix extends string> = Record<`${Prefix}.${string}`, Record<Lang, string>>;
