export const HELP_TEXT = `ec-tui: browse and create Telnyx external connections (Zoom, Microsoft Teams Operator Connect)

Usage
  ec-tui [options]            open the browser on your account
  ec-tui --demo               open it on an embedded sandbox (no account, no network)
  ec-tui sandbox [options]    run the Telnyx-compatible sandbox server alone (see ec-tui sandbox --help)
  ec-tui profile list|add|use|remove
                              saved account profiles: a key and base URL under a name (ec-tui profile --help)
  ec-tui help                 show this help

Without a terminal (table, json, jsonl, csv or yaml; each has --help)
  ec-tui connections list     external connections (--filter, --all, --format); get ID: one of them
  ec-tui numbers list ID      a connection's phone numbers; the same for addresses, uploads, releases
  ec-tui logs list [ID]       log messages: every connection's, or one's
  ec-tui profiles list        outbound voice profiles (not the saved account profiles: those are ec-tui profile)

Changes (checked with the forms' rules before sending; --dry-run prints the request; each has --help)
  ec-tui connections create   --set FIELD=VALUE or --body @FILE; update ID the same; delete ID
  ec-tui numbers move ID NUMBER_ID… --location LOCATION_ID
  ec-tui uploads create ID NUMBER…, uploads refresh ID, uploads retry ID TICKET_ID…
  ec-tui logs dismiss ID…     delete and dismiss ask first on a terminal, and need --yes otherwise
  ec-tui completion SHELL     bash, zsh or fish completion of subcommands, flags and filters

Options
  --demo                      start the embedded sandbox and browse it
  --base-url URL              API base URL (default https://api.telnyx.com/v2)
  --api-key-file PATH         read the API key from PATH (must not be readable by group or others)
  --profile NAME              use the saved profile NAME (its key, base URL, read-only); A in the app switches
  --allow-insecure-http       allow a plain http:// base URL that is not this machine (the key is sent unencrypted)
  --no-color                  turn colour off (NO_COLOR does the same)
  --no-names                  no name column: saves one request per row shown (GET /connections/{id})
  --no-watch                  pending uploads are not read again on their own (w turns the watch on, screen by screen)
  --read-only                 send no change: every key that would is off, and says so
  --no-journal                do not write the journal of changes ($XDG_STATE_HOME/ec-tui/journal.jsonl)
  -h, --help                  show this help
  -v, --version               show the version

Environment
  TELNYX_API_KEY              the API key (used when --api-key-file is not given; wins over any profile)
  TELNYX_PROFILE              the saved profile to use (overridden by --profile)
  TELNYX_BASE_URL             API base URL (overridden by --base-url; overrides a profile's)
  NO_COLOR                    any value turns colour off
  EC_TUI_NO_NAMES=1           the same as --no-names
  DEBUG=ec-tui                print stack traces of unexpected errors

Examples
  ec-tui --demo                                    try it without an account
  TELNYX_API_KEY=KEY... ec-tui                     browse your account
  ec-tui --api-key-file ~/.config/telnyx/key       the key from a file only you can read
  ec-tui profile add staging && ec-tui --profile staging
                                                   save a second account's key, then browse it
  ec-tui sandbox --port 4010 --count 100000 --latency 150
                                                   a local API to point ec-tui, curl or an SDK at
  TELNYX_BASE_URL=http://127.0.0.1:4010 TELNYX_API_KEY=KEY_SANDBOX_EC_TUI_DEMO ec-tui
                                                   browse that sandbox
  ec-tui connections list --all --format csv > connections.csv
                                                   every connection, for a spreadsheet
  ec-tui connections update 1293384261075731499 --set active=false --dry-run
                                                   the PATCH it would send, not sent

Keys: press ? (or F1) inside the app for every key of every screen.
`;
