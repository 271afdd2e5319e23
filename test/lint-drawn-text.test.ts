// The lint rule and restrictions that keep raw strings off the terminal (eslint.config.js,
// build/lint/drawn-text-is-clean.js), run with the repository's own configuration on snippets of app code.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {ESLint} from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
// A snippet is linted as a file beside app.tsx that is in no project: typescript-eslint types it with tsconfig.json.
const eslint = new ESLint({
	cwd: root,
	overrideConfig: {
		files: ['source/**/*.tsx'],
		languageOptions: {
			parserOptions: {projectService: {allowDefaultProject: ['source/*.tsx'], defaultProject: 'tsconfig.json'}, tsconfigRootDir: root},
		},
	},
});

const HEADER = `import React from 'react';
import {Text} from 'ink';
import {clean, cleanText, ownText, type Clean} from './text/sanitize.js';
`;

async function problems(body: string): Promise<string[]> {
	const [result] = await eslint.lintText(HEADER + body, {filePath: `${root}source/lint-probe.tsx`});
	return result!.messages.map(message => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const reported = (found: string[], rule: string) =>
	assert.ok(
		found.some(line => line.startsWith(`${rule}:`)),
		found.join('\n') || 'nothing',
	);

test('a plain string drawn by <Text> is reported, however it got there', async () => {
	// The hole of issue 16: a question prop typed string, given a template literal that carried an address raw.
	reported(
		await problems(`export const Pick = ({question}: {question: string}) => <Text>{question}</Text>;\n`),
		'ec-tui/drawn-text-is-clean',
	);
	// A template literal with Clean inside is a plain string again.
	reported(
		await problems(`export const Title = ({name}: {name: Clean}) => <Text bold>{\`Static address for \${name}?\`}</Text>;\n`),
		'ec-tui/drawn-text-is-clean',
	);
	reported(await problems(`export const Any = ({value}: {value: any}) => <Text>{value}</Text>;\n`), 'ec-tui/drawn-text-is-clean');
	reported(
		await problems(`export const Node = ({children}: {children: React.ReactNode}) => <Text>{children}</Text>;\n`),
		'ec-tui/drawn-text-is-clean',
	);
	reported(await problems(`export const Attr = ({text}: {text: string}) => <Text children={text} />;\n`), 'ec-tui/drawn-text-is-clean');
	reported(await problems(`export const Spread = (props: {children: Clean}) => <Text {...props} />;\n`), 'ec-tui/drawn-text-is-clean');
	reported(
		await problems(`export const Nested = ({text}: {text: string}) => <Text><Text bold>{text}</Text></Text>;\n`),
		'ec-tui/drawn-text-is-clean',
	);
	reported(await problems(`export const Joined = ({parts}: {parts: string[]}) => <Text>{parts}</Text>;\n`), 'ec-tui/drawn-text-is-clean');
});

test('Clean text, literals, numbers and elements pass', async () => {
	const found = await problems(`export const Fine = ({raw, count, clean: ok}: {raw: string; count: number; clean: Clean}) => (
	<Text>
		Literal text {ownText('own')} {cleanText(raw)} {clean\`\${ok} · \${count}\`} {count} {ok ? <Text bold>{ok}</Text> : null} {[ok, ok]} {'literal'}
	</Text>
);
`);
	assert.deepEqual(found, []);
});

test('a cast to Clean, a menu or text input from outside components/, and clean called as a function are reported', async () => {
	reported(await problems(`export const cast = (raw: string) => raw as Clean;\n`), 'no-restricted-syntax');
	reported(
		await problems(`export const call = (raw: string) => clean([raw] as unknown as TemplateStringsArray);\n`),
		'no-restricted-syntax',
	);
	reported(await problems(`import SelectInput from 'ink-select-input';\nexport {SelectInput};\n`), 'no-restricted-imports');
});
