// Bounds on what one request may cost, whatever the server does.

/** A GET gives up this long after it started, retries included, so no read keeps the person waiting longer. */
export const GET_DEADLINE_MS = 30_000;
/** A page of 250 connections is about 250 KB; anything near this is not an answer ec-tui can use. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The largest page[size] any list takes (the spec's maximum). */
export const MAX_PAGE_SIZE = 250;
