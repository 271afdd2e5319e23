// The line shown after `y`. A terminal may ignore OSC 52 (tmux with allow-passthrough off), so it says
// where the text was sent rather than that it was copied; the tmux buffer only once tmux said it was set.
import {displayWidth, formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';

export type Copied =
	{what: 'field'; text: string} | {what: 'json'; text: string} | {what: 'curl'; text: string} | {what: 'nothing'; label: string};

const SENT = ownText("sent to the terminal's clipboard (OSC 52)");
const SENT_TMUX = ownText("sent to the terminal's clipboard (OSC 52) · tmux buffer set");
// The value gives way to the sentence, down to this many columns.
const MIN_VALUE_WIDTH = 5;

export function copyNotice(copied: Copied, tmuxBufferSet: boolean, width: number): Clean {
	const sent = tmuxBufferSet ? SENT_TMUX : SENT;
	switch (copied.what) {
		case 'nothing':
			return truncate(clean`${cleanText(copied.label)} is empty: nothing copied`, width);
		case 'curl':
			return truncate(clean`the curl command (the key as $TELNYX_API_KEY) ${sent}`, width);
		case 'json': {
			const lines = copied.text.split('\n').length;
			return truncate(clean`the JSON (${formatCount(lines)} lines) ${sent}`, width);
		}

		case 'field': {
			// The cursor shows which field it was: the line has room for the value only.
			const value = truncate(cleanText(copied.text), Math.max(MIN_VALUE_WIDTH, width - displayWidth(`"" ${sent}`)));
			return truncate(clean`"${value}" ${sent}`, width);
		}
	}
}
