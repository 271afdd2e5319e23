const INT64_MAX = 9_223_372_036_854_775_807n;

/** Digits within int64, compared as BigInt: ids stay strings because a JavaScript number cannot hold every int64. */
export function fitsInt64(digits: string): boolean {
	return digits.length <= 19 && BigInt(digits) <= INT64_MAX;
}
