// ESLint rule: what Ink's <Text> draws is text ec-tui wrote (JSX text, a string literal) or text the sanitizer
// made (the branded `Clean` of source/text/sanitize.ts), never a plain `string`. The brand alone did not
// stop a template literal from carrying outside text into a `string` prop; checking the type of every child of
// every <Text> does: a plain string anywhere on the way makes the child a `string`, and the rule reports it.
import ts from 'typescript';

const BRAND = '__@cleanBrand@';
const ALWAYS_DRAWABLE =
	ts.TypeFlags.StringLiteral |
	ts.TypeFlags.NumberLike |
	ts.TypeFlags.BigIntLike |
	ts.TypeFlags.BooleanLike |
	ts.TypeFlags.Null |
	ts.TypeFlags.Undefined |
	ts.TypeFlags.Void |
	ts.TypeFlags.Never;
// React elements are drawn by their own components, whose <Text> children this rule checks in turn.
const ELEMENTS = new Set(['ReactElement', 'Element', 'ReactPortal']);

const isClean = (checker, type) => checker.getPropertiesOfType(type).some(property => String(property.escapedName).startsWith(BRAND));

/** Whether a value of this type is safe as a child of <Text>: the reason it is not, or undefined. */
function whyNotDrawable(checker, type) {
	if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return `${checker.typeToString(type)} may hold a raw string`;
	if (type.flags & ALWAYS_DRAWABLE) return undefined;
	if (type.isUnion()) {
		for (const member of type.types) {
			const why = whyNotDrawable(checker, member);
			if (why) return why;
		}
		return undefined;
	}
	if (type.isIntersection() && isClean(checker, type)) return undefined;
	if (type.flags & ts.TypeFlags.Object) {
		if (checker.isArrayType(type) || checker.isTupleType(type)) {
			for (const element of checker.getTypeArguments(type)) {
				const why = whyNotDrawable(checker, element);
				if (why) return why;
			}
			return undefined;
		}
		const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
		if (name && ELEMENTS.has(name)) return undefined;
	}
	return `${checker.typeToString(type)} is not Clean`;
}

export const drawnTextIsClean = {
	meta: {
		type: 'problem',
		docs: {description: "Ink's <Text> draws only Clean text (source/text/sanitize.ts), literals or elements"},
		messages: {
			raw: '<Text> would draw a raw string ({{why}}): pass outside text through cleanText(), build text with the clean`…` tag, or use ownText() for a literal.',
			spread: '<Text> takes no spread props: its children would escape the check.',
		},
		schema: [],
	},
	create(context) {
		const services = context.sourceCode.parserServices;
		const checker = services.program.getTypeChecker();
		const textNames = new Set();

		const check = expression => {
			if (expression.type === 'JSXEmptyExpression') return;
			const why = whyNotDrawable(checker, checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(expression)));
			if (why) context.report({node: expression, messageId: 'raw', data: {why}});
		};

		const checkChildren = children => {
			for (const child of children) {
				if (child.type === 'JSXExpressionContainer') check(child.expression);
				else if (child.type === 'JSXFragment') checkChildren(child.children);
			}
		};

		return {
			ImportDeclaration(node) {
				if (node.source.value !== 'ink') return;
				for (const specifier of node.specifiers) {
					if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'Text') textNames.add(specifier.local.name);
					// `import * as ink` / `import ink`: ink.Text would not be recognised; refuse the form.
					if (specifier.type !== 'ImportSpecifier') context.report({node: specifier, messageId: 'raw', data: {why: 'import ink by name'}});
				}
			},
			JSXElement(node) {
				const {name, attributes} = node.openingElement;
				if (name.type !== 'JSXIdentifier' || !textNames.has(name.name)) return;
				for (const attribute of attributes) {
					if (attribute.type === 'JSXSpreadAttribute') context.report({node: attribute, messageId: 'spread'});
					else if (attribute.name.name === 'children' && attribute.value?.type === 'JSXExpressionContainer')
						check(attribute.value.expression);
				}
				checkChildren(node.children);
			},
		};
	},
};
