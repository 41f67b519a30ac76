// SyntaxKind numbers differ between TypeScript versions, so they come from the module tsserver hands
// the plugin. Each read of `ts.SyntaxKind` goes through a getter of that module; the hot paths compare
// the kinds of every string of a file, so the numbers are read once per module into a plain object.
import type * as ts from 'typescript';

export type TS = typeof ts;

const NAMES = [
  'StringLiteral',
  'NoSubstitutionTemplateLiteral',
  'TemplateHead',
  'TemplateMiddle',
  'TemplateTail',
  'TemplateExpression',
  'TaggedTemplateExpression',
  'Identifier',
  'PropertyAccessExpression',
  'ElementAccessExpression',
  'CallExpression',
  'ParenthesizedExpression',
  'AsExpression',
  'SatisfiesExpression',
  'TypeAssertionExpression',
  'NonNullExpression',
  'AwaitExpression',
  'BinaryExpression',
  'CaseClause',
  'ArrayLiteralExpression',
  'ObjectLiteralExpression',
  'NewExpression',
  'PropertyAssignment',
  'ShorthandPropertyAssignment',
  'PropertyDeclaration',
  'VariableDeclaration',
  'Parameter',
  'BindingElement',
  'EnumMember',
  'LiteralType',
  'UnionType',
  'TypeAliasDeclaration',
  'ComputedPropertyName',
  'ImportDeclaration',
  'ExportDeclaration',
  'ExternalModuleReference',
  'ImportKeyword',
  'EqualsEqualsEqualsToken',
  'ExclamationEqualsEqualsToken',
  'EqualsEqualsToken',
  'ExclamationEqualsToken',
  'EqualsToken',
  'BarBarToken',
  'QuestionQuestionToken',
  'PlusToken',
  'SpreadElement',
  'ForOfStatement',
  'VariableDeclarationList',
  'ArrowFunction',
  'FunctionExpression',
  'FunctionDeclaration',
  'ObjectBindingPattern',
  'ArrayBindingPattern',
] as const;

export type Kinds = Readonly<Record<(typeof NAMES)[number], ts.SyntaxKind>>;

const byModule = new WeakMap<TS, Kinds>();

export function kindsOf(t: TS): Kinds {
  let kinds = byModule.get(t);
  if (!kinds) {
    const all = t.SyntaxKind;
    kinds = Object.fromEntries(NAMES.map((name) => [name, all[name]])) as Kinds;
    byModule.set(t, kinds);
  }
  return kinds;
}
