import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createKeyDispatcher, type KeyHandler} from '../source/input/key-dispatcher.js';
import {keyId, type Keypress} from '../source/input/keypress.js';
import {createKeySplitter} from '../source/input/split-keys.js';

const keysOf = (input: string): Keypress[] => {
	const splitter = createKeySplitter();
	return [...splitter.push(input), ...splitter.flush()];
};

function setup() {
	const log: string[] = [];
	const scheduled: Array<() => void> = [];
	const dispatcher = createKeyDispatcher({
		run: deliver => deliver(),
		forward: key => log.push(`menu:${keyId(key)}`),
		schedule: pump => scheduled.push(pump),
	});
	const screen = (name: string, takes: (id: string) => boolean, active = () => true) =>
		dispatcher.addScreen(
			() => key => {
				if (!takes(keyId(key))) return false;
				log.push(`${name}:${keyId(key)}`);
				return true;
			},
			active,
		);
	return {dispatcher, log, scheduled, screen};
}

describe('createKeyDispatcher', () => {
	it('delivers each key of a read in order, to every active screen handler', () => {
		const {dispatcher, log, screen} = setup();
		let active = true;
		screen('list', id => id === 'j' || id === 'return');
		screen(
			'hidden',
			() => true,
			() => active,
		);
		active = false;
		dispatcher.enqueue(keysOf('jj\r'));
		assert.deepEqual(log, ['list:j', 'list:j', 'list:return']);
	});

	it('gives keys no screen used to the menus', () => {
		const {dispatcher, log, screen} = setup();
		screen('wizard', id => id === 'escape');
		dispatcher.enqueue(keysOf('\u001B[B\u001B[B\r'));
		assert.deepEqual(log, ['menu:down', 'menu:down', 'menu:return']);
	});

	it('lets a focused text field take printable keys, pastes and editing keys first; a run of characters is one insertion', () => {
		const {dispatcher, log, screen} = setup();
		screen('form', () => true);
		const field: KeyHandler = key => {
			if (key.name === 'char' || key.name === 'paste' || key.name === 'backspace') {
				log.push(`field:${key.name}:${key.text}`);
				return true;
			}
			return false;
		};
		dispatcher.addTextField(
			() => field,
			() => true,
		);
		assert.equal(dispatcher.capturingText(), true);
		dispatcher.enqueue(keysOf('Berlin\u007F\t\u001B[200~pasted\u001B[201~'));
		assert.deepEqual(log, ['field:char:Berlin', 'field:backspace:', 'form:tab', 'field:paste:pasted']);
	});

	it('drops a paste where no text field has the keyboard', () => {
		const {dispatcher, log, screen} = setup();
		screen('list', () => true);
		dispatcher.enqueue(keysOf('\u001B[200~jjjq\u001B[201~j'));
		assert.deepEqual(log, ['list:j']);
	});

	it('hears global handlers first', () => {
		const {dispatcher, log, screen} = setup();
		screen('list', () => true);
		dispatcher.addGlobal(() => key => {
			if (keyId(key) !== 'ctrl+c') return false;
			log.push('quit');
			return true;
		});
		dispatcher.enqueue(keysOf('j\u0003j'));
		assert.deepEqual(log, ['list:j', 'quit', 'list:j']);
	});

	it('keeps keys in order while held, lets Ctrl+C through at once, and a lone Esc when nothing waits before it', () => {
		const {dispatcher, log, scheduled, screen} = setup();
		screen('screen', () => true);
		const release = dispatcher.addHold();
		dispatcher.enqueue(keysOf('jk'));
		assert.deepEqual(log, []);
		dispatcher.enqueue(keysOf('\u0003'));
		assert.deepEqual(log, ['screen:ctrl+c'], 'Ctrl+C does not wait behind keys typed before it');
		release();
		assert.equal(scheduled.length, 1);
		scheduled.shift()!();
		assert.deepEqual(log, ['screen:ctrl+c', 'screen:j', 'screen:k']);
		const again = dispatcher.addHold();
		dispatcher.enqueue(keysOf('\u001B'));
		assert.deepEqual(log.at(-1), 'screen:escape', 'a lone Esc is a way out of a slow load');
		dispatcher.enqueue(keysOf('q'));
		assert.deepEqual(log.at(-1), 'screen:q', 'and so is q');
		dispatcher.enqueue(keysOf('?'));
		assert.deepEqual(log.at(-1), 'screen:q', 'the help waits for the screen it will list the keys of');
		again();
		scheduled.shift()!();
		assert.deepEqual(log.at(-1), 'screen:?');
	});

	it('holds keys back for at most the limit, then delivers them to the screen as it is', () => {
		let clock = 0;
		const timers: Array<() => void> = [];
		const log: string[] = [];
		const dispatcher = createKeyDispatcher({
			run: deliver => deliver(),
			now: () => clock,
			setTimer: run => timers.push(run),
			holdLimitMs: 2000,
		});
		dispatcher.addScreen(
			() => key => Boolean(log.push(keyId(key))),
			() => true,
		);
		dispatcher.addHold();
		dispatcher.enqueue(keysOf('jk'));
		clock = 1999;
		timers.forEach(timer => timer());
		assert.deepEqual(log, []);
		clock = 2000;
		timers.forEach(timer => timer());
		assert.deepEqual(log, ['j', 'k']);
		dispatcher.enqueue(keysOf('g'));
		assert.deepEqual(log, ['j', 'k', 'g'], 'an expired hold holds nothing');
		dispatcher.addHold();
		dispatcher.enqueue(keysOf('G'));
		assert.deepEqual(log, ['j', 'k', 'g'], 'a new hold does');
	});

	it("a key that hands the keyboard over (the start screen's choice) keeps every key after it for the next screen", () => {
		const {dispatcher, log} = setup();
		dispatcher.addScreen(
			() => key => {
				log.push(`start:${keyId(key)}`);
				if (keyId(key) === 'return') dispatcher.handOver();
				return true;
			},
			() => true,
		);
		dispatcher.enqueue(keysOf('\u001B[B\rj'));
		dispatcher.enqueue(keysOf('\r'));
		assert.deepEqual(log, ['start:down', 'start:return'], 'nothing after the choice reached the start screen');
		assert.deepEqual(
			dispatcher.takeKept().map(key => keyId(key)),
			['j', 'return'],
		);
	});

	it('reads an Alt+character nobody binds as Esc and then the character, as a terminal cannot tell them apart', () => {
		const {dispatcher, log, screen} = setup();
		screen('screen', id => id === 'escape' || id === 'j' || id === 'up' || id === 'alt+b');
		dispatcher.enqueue(keysOf('\u001Bj\u001Bb\u001B\u001B[A'));
		assert.deepEqual(log, ['screen:escape', 'screen:j', 'screen:alt+b', 'screen:escape', 'screen:up']);
	});

	it('treats letters as text on a screen that declares it, until it releases', () => {
		const {dispatcher} = setup();
		const release = dispatcher.addTextCapture();
		assert.equal(dispatcher.capturingText(), true);
		release();
		release();
		assert.equal(dispatcher.capturingText(), false);
	});
});

describe('presses and claims', () => {
	it('the key being delivered knows its press; a claimed press drops the rest of it, waiting or still to come', () => {
		const {dispatcher, log} = setup();
		const presses: Array<number | undefined> = [];
		dispatcher.addScreen(
			() => key => {
				presses.push(dispatcher.currentPress());
				log.push(`screen:${keyId(key)}`);
				if (keyId(key) === 'R') dispatcher.claimCurrentPress();
				return true;
			},
			() => true,
		);
		dispatcher.enqueue(keysOf('RRRRR'));
		assert.deepEqual(log, ['screen:R']);
		dispatcher.enqueue(keysOf('R'));
		assert.deepEqual(log, ['screen:R'], 'a repeat right after is the same press held down');
		dispatcher.enqueue(keysOf('jR'));
		assert.deepEqual(log, ['screen:R', 'screen:j', 'screen:R'], 'another key in between: a new press');
		assert.deepEqual(presses, [1, 3, 3]);
		assert.equal(dispatcher.currentPress(), undefined, 'between keys');
		// The keys typed after the sending one in the same read are presses of their own: they all arrive.
		dispatcher.enqueue(keysOf('\u001B[Bj'));
		dispatcher.enqueue(keysOf('Rj\u001B[B'));
		assert.deepEqual(log.slice(3), ['screen:down', 'screen:j', 'screen:R', 'screen:j', 'screen:down']);
	});

	it('keys waiting behind a hold keep the press they were typed in; Esc and others are delivered in order after it', () => {
		const {dispatcher, log, scheduled} = setup();
		dispatcher.addScreen(
			() => key => {
				log.push(`screen:${keyId(key)}:${dispatcher.currentPress()}`);
				if (keyId(key) === 'return') dispatcher.claimCurrentPress();
				return true;
			},
			() => true,
		);
		dispatcher.enqueue(keysOf('\r'));
		const release = dispatcher.addHold();
		dispatcher.enqueue(keysOf('\r\r\rj'));
		dispatcher.enqueue(keysOf('\u001B'));
		assert.deepEqual(log, ['screen:return:1']);
		const shownAt = dispatcher.answerShown();
		release();
		for (const pump of scheduled.splice(0)) pump();
		assert.deepEqual(log, ['screen:return:1', 'screen:j:2', 'screen:escape:3']);
		assert.ok(shownAt >= 3, 'every key read before the answer is at or below the mark');
	});
});
