// The value rules of the wire contract, shared by the app's field rules and the sandbox (which imports
// nothing else of the app but the wire types beside this file). Formats are checked by ajv-formats, the
// very validator test/helpers/sandbox-spec.ts checks the spec with; only its formats module is imported,
// which needs nothing of Ajv itself.
import {fullFormats} from 'ajv-formats/dist/formats.js';

type FormatCheck<T> = (value: T) => boolean;

function validatorOf<T>(format: unknown): FormatCheck<T> {
	const validate = typeof format === 'function' ? format : (format as {validate?: unknown} | undefined)?.validate;
	if (typeof validate !== 'function') throw new TypeError('ajv-formats no longer exports this format as a function');
	return validate as FormatCheck<T>;
}

/** The spec's `format: uri` (RFC 3986, absolute), as Ajv with ajv-formats decides it. */
export const isUri: FormatCheck<string> = validatorOf(fullFormats.uri);

/** `format: int32`, as ajv-formats decides it. */
export const isInt32: FormatCheck<number> = validatorOf(fullFormats.int32);

export const INT32_MAX = 2_147_483_647;

/** C0 controls, DEL and C1 controls (Unicode's Cc): no text field of the API has a use for them. */
export const CONTROL_CHARACTER = /[\x00-\x1f\x7f-\x9f]/;
