/**
 * i18next plural forms (`key_one`, `key_other`, …): a language may add them beside
 * the plain key (its fallback) where its grammar needs them, e.g. English "1 flag" / "2 flags".
 */
type PluralForms = { [key: `${string}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`]: string };

/** The same tree of keys with any strings: what a translation must provide (plus plural forms). */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> & PluralForms };
