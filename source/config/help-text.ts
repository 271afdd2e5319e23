export const HELP_TEXT = `ec-tui: browse and create Telnyx external connections (Zoom, Microsoft Teams Operator Connect)

Usage
  ec-tui [options]            open the browser on your account
  ec-tui --demo               open it on an embedded sandbox (no account, no network)
  ec-tui sandbox [options]    run the Telnyx-compatible sandbox server alone (see ec-tui sandbox --help)

Options
  --demo                      start the embedded sandbox and browse it
  --base-url URL              API base URL (default https://api.telnyx.com/v2)
  --api-key-file PATH         read the API key from PATH (must not be readable by group or others)
  --allow-insecure-http       allow a plain http:// base URL that is not this machine (the key is sent unencrypted)
  --no-color                  turn colour off (NO_COLOR does the same)
  --no-names                  no name column: saves one request per row shown (GET /connections/{id})
  -h, --help                  show this help
  -v, --version               show the version

Environment
  TELNYX_API_KEY              the API key (used when --api-key-file is not given)
  TELNYX_BASE_URL             API base URL (overridden by --base-url)
  NO_COLOR                    any value turns colour off
  EC_TUI_NO_NAMES=1           the same as --no-names
  DEBUG=ec-tui                print stack traces of unexpected errors

Keys: press ? inside the app for every key of every screen.
`;
