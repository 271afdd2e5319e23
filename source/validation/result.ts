// The outcome of checking one input: the cleaned value, or a message that states the rule plainly.
export type Validation<T> = {ok: true; value: T} | {ok: false; message: string};
