// Lint: TypeScript's recommended rules and React's hooks rules (a hook's dependencies, hooks in order).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import {drawnTextIsClean} from './build/lint/drawn-text-is-clean.js';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'patches/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			// A leading underscore names a value left out on purpose (`const {id: _id, ...rest} = record`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
			],
			// The sanitizer, the key splitter and their tests deal in control characters on purpose.
			'no-control-regex': 'off',
		},
	},
	{
		// What the app draws: typed, so that the rule can tell Clean text from a raw string.
		files: ['source/**/*.tsx', 'cli.tsx'],
		ignores: ['source/sandbox/**'],
		languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
		plugins: {'ec-tui': {rules: {'drawn-text-is-clean': drawnTextIsClean}}},
		rules: {'ec-tui/drawn-text-is-clean': 'error'},
	},
	{
		// The other ways a raw string could reach the terminal: a menu's labels (only through components/menu.tsx,
		// which takes Clean labels), and a string declared Clean without the sanitizer.
		files: ['source/**/*.{ts,tsx}', 'cli.tsx'],
		ignores: ['source/sandbox/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{name: 'ink-select-input', message: 'Use Menu (source/components/menu.tsx): its labels are Clean and cut to the width.'},
						{
							name: 'ink-text-input',
							message:
								"Use TextField (source/components/text-field.tsx): it draws only the part that fits, cleaned. ink-text-input draws only MaskedField's mask characters.",
						},
					],
				},
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: ':matches(TSAsExpression, TSTypeAssertion, TSSatisfiesExpression)[typeAnnotation.typeName.name="Clean"]',
					message: 'Only source/text/sanitize.ts makes Clean text: cleanText(), ownText(), the clean`…` tag or joinClean().',
				},
				{
					selector: 'CallExpression[callee.name="clean"]',
					message: 'clean is a template tag: clean`…`, whose literal parts are your own.',
				},
			],
		},
	},
	{
		files: ['source/components/menu.tsx'],
		rules: {'no-restricted-imports': 'off'},
	},
	{
		// It hands ink-text-input mask characters only, never text.
		files: ['source/components/masked-field.tsx'],
		rules: {'no-restricted-imports': ['error', {paths: [{name: 'ink-select-input', message: 'Use Menu (source/components/menu.tsx).'}]}]},
	},
	{
		files: ['source/text/sanitize.ts'],
		rules: {'no-restricted-syntax': 'off'},
	},
	{
		// Tests probe JSON of any shape the wire may send.
		files: ['test/**/*.{ts,tsx}'],
		rules: {'@typescript-eslint/no-explicit-any': 'off'},
	},
);
