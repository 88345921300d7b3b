/** The shape of a translation: every key of the Swedish original, each with a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
