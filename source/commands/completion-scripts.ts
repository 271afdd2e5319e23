// `ec-tui completion bash|zsh|fish`: a script each shell loads, written from the completion model. bash and zsh share
// one decision (a `case` on the word before the cursor, the noun and the verb) and differ in how they read the line
// and offer words; fish declares each word with `complete`. Every word is from ec-tui's own tables. Pure.
import type {CompletionModel, Flag, Shell} from './completion-model.js';

const words = (list: readonly string[]) => list.join(' ');
const flagWords = (flags: readonly Flag[]) => words(flags.flatMap(flag => [`--${flag.name}`, ...(flag.short ? [`-${flag.short}`] : [])]));
const allFlags = (model: CompletionModel) => model.nouns.flatMap(noun => noun.verbs.flatMap(verb => verb.flags));
const valueFlags = (model: CompletionModel) => [
	...new Set(
		allFlags(model)
			.filter(flag => flag.takesValue)
			.map(flag => `--${flag.name}`),
	),
];
const fileFlags = (model: CompletionModel) => [
	...new Set(
		allFlags(model)
			.filter(flag => flag.files)
			.map(flag => `--${flag.name}`),
	),
];

/**
 * Sets `candidates` (words to offer) or `files=1`, from the noun, the verb and the word before the cursor: the same
 * text in bash and zsh.
 */
function decision(model: CompletionModel): string {
	const values = model.nouns.flatMap(noun =>
		noun.verbs.flatMap(verb =>
			verb.flags
				.filter(flag => flag.values)
				.map(flag => `\t\t'${noun.name} ${verb.name} --${flag.name}') candidates='${words(flag.values!)}' ;;`),
		),
	);
	const verbs = model.nouns.map(noun => `\t\t\t\t\t${noun.name}) candidates='${words(noun.verbs.map(verb => verb.name))}' ;;`);
	const flags = model.nouns.flatMap(noun =>
		noun.verbs
			.filter(verb => verb.flags.length > 0)
			.map(verb => `\t\t\t\t\t'${noun.name} ${verb.name}') candidates='${flagWords(verb.flags)}' ;;`),
	);
	const files = fileFlags(model);
	const bare = valueFlags(model).filter(flag => !files.includes(flag));
	return `	case "$noun $verb $prev" in
${values.join('\n')}
		${files.map(flag => `*' ${flag}'`).join('|')}) files=1 ;;
		${bare.map(flag => `*' ${flag}'`).join('|')}) ;;
		*)
			if [[ -z $noun ]]; then
				candidates='${words([...model.commands, ...model.flags])}'
			elif [[ -z $verb ]]; then
				case $noun in
${verbs.join('\n')}
				esac
			else
				case "$noun $verb" in
${flags.join('\n')}
				esac
			fi ;;
	esac`;
}

/** Finds the noun and the verb among the words before the cursor, a flag's value not counted as either. */
function scan(model: CompletionModel): string {
	return `	local noun='' verb='' skip='' word
	for word in "\${before[@]}"; do
		if [[ -n $skip ]]; then skip=''; continue; fi
		case $word in
			${valueFlags(model).join('|')}) skip=1 ;;
			-*) ;;
			*) if [[ -z $noun ]]; then noun=$word; elif [[ -z $verb ]]; then verb=$word; fi ;;
		esac
	done`;
}

function bash(model: CompletionModel): string {
	return `# ec-tui completion for bash. Load it with: source <(ec-tui completion bash)
_ec_tui() {
	# The line up to the cursor, split at spaces only: bash's own words split at = and :, which filters hold.
	local line=\${COMP_LINE:0:COMP_POINT} cur=''
	local -a before
	read -ra before <<< "$line"
	if [[ $line != *[[:space:]] ]] && ((\${#before[@]} > 0)); then cur=\${before[-1]}; unset 'before[-1]'; fi
	before=("\${before[@]:1}")
	local prev=''
	((\${#before[@]} > 0)) && prev=\${before[-1]}
${scan(model)}
	local candidates='' files=''
${decision(model)}
	if [[ -n $files ]]; then COMPREPLY=($(compgen -f -- "$cur")); return 0; fi
	COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
	# A word ending in = or ~ is a filter's start: no space after it, so its value follows.
	if ((\${#COMPREPLY[@]} == 1)) && [[ \${COMPREPLY[0]} == *[=~] ]]; then compopt -o nospace 2>/dev/null; fi
	# bash replaces only what follows the last = or : of the word: hand back that part.
	local head=\${cur%"\${cur##*[=:]}"}
	if [[ -n $head ]]; then
		local -a tails=()
		local reply
		for reply in "\${COMPREPLY[@]}"; do [[ -n \${reply#"$head"} ]] && tails+=("\${reply#"$head"}"); done
		COMPREPLY=("\${tails[@]}")
	fi
	return 0
}
complete -F _ec_tui ec-tui
`;
}

function zsh(model: CompletionModel): string {
	return `#compdef ec-tui
# ec-tui completion for zsh. Load it with: source <(ec-tui completion zsh), or save it as _ec-tui in a folder of $fpath.
_ec_tui() {
	local -a before=("\${(@)words[2,CURRENT-1]}")
	local prev=\${words[CURRENT-1]}
	[[ $CURRENT -le 2 ]] && prev=''
${scan(model)}
	local candidates='' files=''
${decision(model)}
	if [[ -n $files ]]; then _files; return; fi
	local -a offered=(\${=candidates})
	# A word ending in = or ~ is a filter's start: no space after it, so its value follows.
	compadd -S '' -- \${(M)offered:#*[=~]}
	compadd -- \${offered:#*[=~]}
}
# Autoloaded from $fpath the file is the completion function's body; sourced, it registers the function.
if [[ \${funcstack[1]:-} == _ec-tui ]]; then _ec_tui "$@"; else compdef _ec_tui ec-tui; fi
`;
}

function fish(model: CompletionModel): string {
	const lines = [
		'# ec-tui completion for fish. Load it with: ec-tui completion fish | source',
		'complete -c ec-tui -f',
		`complete -c ec-tui -n __fish_use_subcommand -a '${words(model.commands)}'`,
		...model.flags.map(flag => `complete -c ec-tui -n __fish_use_subcommand -l ${flag.slice(2)}`),
	];
	for (const noun of model.nouns) {
		const verbNames = words(noun.verbs.map(verb => verb.name));
		lines.push(
			`complete -c ec-tui -n '__fish_seen_subcommand_from ${noun.name}; and not __fish_seen_subcommand_from ${verbNames}' -a '${verbNames}'`,
		);
		for (const verb of noun.verbs) {
			const when = `-n '__fish_seen_subcommand_from ${noun.name}; and __fish_seen_subcommand_from ${verb.name}'`;
			for (const flag of verb.flags) {
				const short = flag.short ? ` -s ${flag.short}` : '';
				const value = flag.values ? ` -x -a '${words(flag.values)}'` : flag.files ? ' -r -F' : flag.takesValue ? ' -x' : '';
				lines.push(`complete -c ec-tui ${when} -l ${flag.name}${short}${value}`);
			}
		}
	}
	return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, model: CompletionModel): string {
	return {bash, zsh, fish}[shell](model);
}
