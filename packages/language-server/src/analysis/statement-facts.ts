// What the re-analysis of an edit needs to know of each unit of a file, computed from its own text alone:
// where it is, whether a unit after it can start without joining it, which module-level bindings it
// declares and which names it reads from outside itself. A unit is a top-level statement, except that
// a top-level class is split into its head (up to the body's `{`), each member, and its closing `}`:
// services are often one large class, and an edit in one method should not redo the others.
//
// The rules look past a statement only through module-level bindings: a `const` is followed to its
// initializer (`const code = body.errorCode`), the reads of a `const` that holds a code decide whether
// the code is checked (`const GONE = 'ERR_…'` read in a comparison), and an import tells whether a call is
// the catalog's. Function and class names are never followed, so only variables and imports count as
// declared.
import { mayHoldCode, type CodeLiteral } from '@dapr-codes/eslint-plugin/hosts';
import type { Scope, ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { childNodes } from '../parsing/children.js';
import type { Span } from '../parsing/parse.js';

export type UnitKind = 'statement' | 'head' | 'member' | 'tail';

export interface StatementFacts {
  readonly range: Span;
  readonly kind: UnitKind;
  /** Nothing after it continues it (it ends with `;` or with the `}` of a declaration or block). */
  readonly closed: boolean;
  /** Module-level variables and imports it declares (`var` in nested blocks included). */
  readonly declares: readonly string[];
  /** Names it reads that resolve outside itself or to module level. */
  readonly reads: ReadonlySet<string>;
  /** It has a string the rules may read as a code (only asked of statements that declare). */
  readonly holds: boolean;
  /** A string alone (`'use strict';`): a directive when only such statements come before it. */
  readonly bareString: boolean;
}

const BLOCK_ENDED = new Set<string>([
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSInterfaceDeclaration',
  'TSModuleDeclaration',
  'TSEnumDeclaration',
  'BlockStatement',
  'SwitchStatement',
  'TryStatement',
  'EmptyStatement',
]);

function isClosed(node: TSESTree.Node, text: string): boolean {
  if (text.charCodeAt(node.range[1] - 1) === 59 /* ; */) return true;
  if (BLOCK_ENDED.has(node.type)) return true;
  switch (node.type) {
    case 'MethodDefinition':
      return node.value.body !== null && node.value.body !== undefined;
    case 'StaticBlock':
      return true;
    case 'IfStatement':
      return isClosed(node.alternate ?? node.consequent, text);
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'LabeledStatement':
    case 'WithStatement':
      return isClosed(node.body, text);
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      return node.declaration !== null && node.declaration !== undefined && isClosed(node.declaration, text);
    default:
      return false;
  }
}

function holdsCode(statement: TSESTree.Node): boolean {
  const stack: TSESTree.Node[] = [statement];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral') {
      if (mayHoldCode(node as CodeLiteral)) return true;
    }
    stack.push(...childNodes(node));
  }
  return false;
}

/** Index of the statement whose range holds `offset`, or -1. */
export function statementAt(statements: readonly { readonly range: Span }[], offset: number): number {
  let lo = 0;
  let hi = statements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = statements[mid]!.range;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

interface Unit {
  readonly range: Span;
  readonly kind: UnitKind;
  readonly node: TSESTree.Node | undefined;
}

/** The class a top-level statement declares, when it does. */
function classOf(statement: TSESTree.ProgramStatement): TSESTree.ClassDeclaration | undefined {
  if (statement.type === 'ClassDeclaration') return statement;
  if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration?.type === 'ClassDeclaration') return statement.declaration;
  return undefined;
}

/** The program's units, in order. */
export function unitsOf(program: TSESTree.Program): Unit[] {
  const units: Unit[] = [];
  for (const statement of program.body) {
    const declared = classOf(statement);
    if (!declared) {
      units.push({ range: statement.range, kind: 'statement', node: statement });
      continue;
    }
    const { body } = declared;
    units.push({ range: [statement.range[0], body.range[0] + 1], kind: 'head', node: undefined });
    for (const member of body.body) units.push({ range: member.range, kind: 'member', node: member });
    units.push({ range: [body.range[1] - 1, statement.range[1]], kind: 'tail', node: undefined });
  }
  return units;
}

/** The facts of the program's units that lie inside `within` (all of them without it). */
export function statementFacts(program: TSESTree.Program, scopeManager: ScopeManager, text: string, within?: Span): StatementFacts[] {
  const statements = unitsOf(program).filter((s) => !within || (s.range[0] >= within[0] && s.range[1] <= within[1]));
  const declares = statements.map((): string[] => []);
  const reads = statements.map(() => new Set<string>());
  const global = scopeManager.globalScope!;
  const moduleScope: Scope = global.childScopes.find((s) => s.type === 'module') ?? global;
  for (const variable of moduleScope.variables) {
    // Every declaration of a name counts (`var` again, or a `const` twice in code being edited).
    for (const def of variable.defs) {
      // Functions too: a string passed to a helper is judged by how the helper reads its parameter.
      if (def.type !== 'Variable' && def.type !== 'ImportBinding' && def.type !== 'FunctionName' && def.type !== 'ClassName') continue;
      const at = statementAt(statements, def.name.range[0]);
      if (at >= 0 && !declares[at]!.includes(variable.name)) declares[at]!.push(variable.name);
    }
  }
  for (const scope of scopeManager.scopes) {
    for (const ref of scope.references) {
      const target = ref.resolved?.scope;
      if (target && target !== moduleScope && target !== global) continue;
      const at = statementAt(statements, ref.identifier.range[0]);
      if (at >= 0) reads[at]!.add(ref.identifier.name);
    }
  }
  return statements.map(({ range, kind, node }, i) => ({
    range,
    kind,
    // A class's head ends with `{` and its tail is the `}`: nothing continues either.
    closed: node ? isClosed(node, text) : true,
    declares: declares[i]!,
    reads: reads[i]!,
    holds: node !== undefined && declares[i]!.length > 0 && holdsCode(node),
    bareString: node?.type === 'ExpressionStatement' && node.expression.type === 'Literal' && typeof node.expression.value === 'string',
  }));
}

/** The head of the class whose part is at `i` (the unit itself when it is the head). */
export function headOf(units: readonly StatementFacts[], i: number): number {
  let head = i;
  while (head > 0 && units[head]!.kind !== 'head') head--;
  return head;
}

/** The tail of the class whose part is at `i` (the unit itself when it is the tail). */
export function tailOf(units: readonly StatementFacts[], i: number): number {
  let tail = i;
  while (tail < units.length - 1 && units[tail]!.kind !== 'tail') tail++;
  return tail;
}

/**
 * The spans to parse for the units at `indices`: each unit, and for a part of a class the class's head
 * and tail (a member alone does not parse).
 */
export function spansWithShells(units: readonly StatementFacts[], indices: Iterable<number>): Span[] {
  const spans: Span[] = [];
  for (const i of indices) {
    spans.push(units[i]!.range);
    if (units[i]!.kind !== 'statement') spans.push(units[headOf(units, i)]!.range, units[tailOf(units, i)]!.range);
  }
  return spans;
}
