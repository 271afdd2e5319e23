// Its own module so the CLI can name the default without loading got.
export const DEFAULT_BASE_URL = 'https://api.telnyx.com/v2';
