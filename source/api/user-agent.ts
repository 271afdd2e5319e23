// A JSON import works both under tsx and in the esbuild bundle (which inlines it); no path lookups at runtime.
import packageJson from '../../package.json' with {type: 'json'};

export const USER_AGENT = `ec-tui/${packageJson.version} (+node ${process.versions.node})`;
