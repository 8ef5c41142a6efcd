/** The same tree of keys with any strings: what a translation must provide. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
