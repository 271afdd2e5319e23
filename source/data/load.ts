/** A read as a screen shows it. */
export type Load<T> = {status: 'loading'} | {status: 'loaded'; value: T} | {status: 'failed'; error: unknown};
