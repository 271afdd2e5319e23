// The words of `ec-tui profile`: its verbs and help, and the line that tells it from `ec-tui profiles` (the
// outbound voice profiles), one letter away.
export const PROFILE_VERBS = ['list', 'add', 'use', 'remove'];

export const SAVED_PROFILES_HINT =
	'ec-tui profiles lists the outbound voice profiles; the saved account profiles are ec-tui profile list|add|use|remove.';

export const PROFILE_HELP = `Usage: ec-tui profile list|add|use|remove

Saved account profiles: a key (and a base URL, read-only) under a name, for people with several Telnyx
accounts. (ec-tui profiles list, with an s, lists the account's outbound voice profiles.)

  ec-tui profile list [--json]                      the saved profiles (* the default); never a key
  ec-tui profile add NAME [--base-url URL] [--read-only]
                                                    save a profile: the key is asked for unseen on a terminal,
                                                    read from stdin otherwise; the first one saved is the default
  ec-tui profile use NAME                           make NAME the default profile
  ec-tui profile remove NAME                        forget NAME and delete its key file

Using one
  ec-tui --profile NAME                             browse that account (TELNYX_PROFILE=NAME does the same)
  ec-tui connections list --profile NAME            a subcommand on that account
  TELNYX_API_KEY and --api-key-file win over any profile.

Files ($XDG_CONFIG_HOME/ec-tui, or ~/.config/ec-tui; each readable by you only)
  profiles.json                                     the names, base URLs, read-only and the default
  api-key                                           the key of the profile "default" (ec-tui's saved key)
  api-key.NAME                                      the key of the profile NAME

Examples
  ec-tui profile add staging --base-url http://127.0.0.1:4010 < staging-key.txt
  ec-tui profile add production --read-only         asks for the key
  ec-tui profile use staging
`;
