// Lint: TypeScript's recommended rules and React's hooks rules (a hook's dependencies, hooks in order).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
		// Tests probe JSON of any shape the wire may send.
		files: ['test/**/*.{ts,tsx}'],
		rules: {'@typescript-eslint/no-explicit-any': 'off'},
	},
);
