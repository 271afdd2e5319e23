import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {displayWidth} from '../source/text/format.js';
import {copyNotice} from '../source/screens/detail/copy-notice.js';

const SENT = "sent to the terminal's clipboard (OSC 52)";

describe('copyNotice', () => {
	it('says where the value was sent, not that it was copied', () => {
		assert.equal(copyNotice({what: 'field', text: '1930241863466354012'}, false, 100), `"1930241863466354012" ${SENT}`);
	});

	it('mentions the tmux buffer once tmux has set it', () => {
		assert.equal(copyNotice({what: 'field', text: '42'}, true, 100), `"42" ${SENT} · tmux buffer set`);
	});

	it('shows the value sanitized and cut, the sentence whole, within the width', () => {
		const hostile = `https://x.example/\u001B]52;c;AAAA\u0007/${'a'.repeat(200)}`;
		assert.equal(copyNotice({what: 'field', text: hostile}, true, 67), `"http…" ${SENT} · tmux buffer set`, 'the narrowest terminal');
		for (const width of [80, 120]) {
			const line = copyNotice({what: 'field', text: hostile}, true, width);
			assert.ok(line.startsWith('"https://x.example'), line);
			assert.ok(!line.includes('\u001B') && !line.includes('\u0007'), line);
			assert.ok(line.endsWith(`…" ${SENT} · tmux buffer set`), line);
			assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
		}

		assert.ok(copyNotice({what: 'field', text: hostile}, false, 120).startsWith('"https://x.example/\\x1b]52;c;AAAA\\x07/'));
	});

	it('counts the lines of the JSON sent', () => {
		assert.equal(copyNotice({what: 'json', text: '{\n  "a": 1\n}'}, false, 100), `the JSON (3 lines) ${SENT}`);
	});

	it('says when the field is empty and nothing was sent', () => {
		assert.equal(
			copyNotice({what: 'nothing', label: 'webhook_event_failover_url'}, false, 100),
			'webhook_event_failover_url is empty: nothing copied',
		);
	});
});
