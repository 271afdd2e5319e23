// Stands in for the parts of got that ec-tui never switches on: HTTP/2 (http2-wrapper, which loads node:http2)
// and response caching (cacheable-request). Loading them cost start-up time on every run; got reaches them only
// when its `http2` or `cache` option is set, and ec-tui sets neither.
const unused = (feature: string) => () => {
	throw new Error(`${feature} is not part of ec-tui's build`);
};

export default Object.assign(unused('HTTP/2'), {globalAgent: undefined, auto: unused('HTTP/2')});

export class CacheError extends Error {}
