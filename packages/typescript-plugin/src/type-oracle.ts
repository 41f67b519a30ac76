// What the type checker says about a string's position: a string typed as a union of Dapr codes
// (`DaprErrorCode`, an app's alias of it) is a code. Only asked for code-shaped strings that no syntax
// rule placed, one node at a time: never a whole-program walk.
import { namespaceOfLiteralUnion, type Namespace } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { nameText } from './names.js';
import type { TS } from './syntax-kinds.js';

export interface TypeOracle {
  /** The namespace of the type expected at this expression (`const c: DaprErrorCode = "…"`, an argument). */
  contextual(expression: ts.Expression): Namespace | undefined;
  /** The namespace of an expression's own type (the other side of `===`, a switch discriminant). */
  ofExpression(expression: ts.Expression): Namespace | undefined;
  /** The property a local was read from: `const code = body.errorCode` or `const { errorCode: code } = body` → errorCode. */
  sourceName(identifier: ts.Identifier): string | undefined;
  /** The initializer of the `const` a name is declared by (`const normalized = text.toLowerCase()`). */
  constInitializer(identifier: ts.Identifier): ts.Expression | undefined;
  /** The other identifiers of the file that name the same declaration as this one (its reads). */
  readsOf(name: ts.Identifier): readonly ts.Identifier[];
  /** The declaration of the value a name refers to (`mockError` → its `function` or `const`), if any. */
  declarationOf(identifier: ts.Identifier): ts.Declaration | undefined;
  /** Whether any answer was asked for: results that used types depend on the whole program. */
  readonly consulted: boolean;
}

/** The property name a variable's declaration reads its value from, if it reads one. */
function readFrom(t: TS, declaration: ts.Declaration | undefined): string | undefined {
  if (!declaration) return undefined;
  if (t.isBindingElement(declaration) && t.isObjectBindingPattern(declaration.parent)) return nameText(t, declaration.propertyName ?? declaration.name);
  if (!t.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  let init: ts.Expression = declaration.initializer;
  while (t.isParenthesizedExpression(init) || t.isAsExpression(init) || t.isNonNullExpression(init) || t.isAwaitExpression(init)) init = init.expression;
  if (t.isPropertyAccessExpression(init)) return init.name.text;
  return t.isElementAccessExpression(init) ? nameText(t, init.argumentExpression) : undefined;
}

/** A `const` declaration (not `let`, `var`, `using`). */
export function isConstDeclaration(t: TS, declaration: ts.Node | undefined): declaration is ts.VariableDeclaration {
  if (!declaration || !t.isVariableDeclaration(declaration) || !t.isVariableDeclarationList(declaration.parent)) return false;
  return (declaration.parent.flags & t.NodeFlags.BlockScoped) === t.NodeFlags.Const;
}

const identifiersByFile = new WeakMap<ts.SourceFile, Map<string, ts.Identifier[]>>();

/** The identifiers of a file by name, collected in one walk the first time a file is asked. */
function identifiersNamed(t: TS, file: ts.SourceFile, name: string): readonly ts.Identifier[] {
  let index = identifiersByFile.get(file);
  if (!index) {
    const built = new Map<string, ts.Identifier[]>();
    const visit = (node: ts.Node): void => {
      if (t.isIdentifier(node)) {
        const list = built.get(node.text);
        if (list) list.push(node);
        else built.set(node.text, [node]);
      }
      t.forEachChild(node, visit);
    };
    visit(file);
    identifiersByFile.set(file, built);
    index = built;
  }
  return index.get(name) ?? [];
}

/**
 * The part of the file a declared name can be read in: its function for a parameter or a `var`, its
 * block (or loop) for a `let`, `const` or class, the file for the rest. Reads are looked for only there:
 * a test file declares `code` in hundreds of callbacks, and each asks for the reads of its own.
 */
function scopeOf(t: TS, name: ts.Identifier): ts.Node {
  let declaration: ts.Node = name.parent;
  while (t.isBindingElement(declaration) || t.isObjectBindingPattern(declaration) || t.isArrayBindingPattern(declaration)) declaration = declaration.parent;
  if (t.isParameter(declaration)) return declaration.parent;
  // A `var` and (outside strict code) a function declared in a block are seen in the whole function.
  const blockScoped = t.isVariableDeclaration(declaration) ? t.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & t.NodeFlags.BlockScoped) !== 0 : !t.isFunctionDeclaration(declaration);
  for (let node = declaration.parent; node; node = node.parent) {
    if (t.isSourceFile(node) || t.isFunctionLike(node) || t.isModuleBlock(node)) return node;
    if (blockScoped && (t.isBlock(node) || t.isCaseBlock(node) || t.isForStatement(node) || t.isForOfStatement(node) || t.isForInStatement(node) || t.isCatchClause(node))) return node;
  }
  return name.getSourceFile();
}

/** The identifiers of a list in source order that lie inside a node (a binary search for the first). */
function within(ids: readonly ts.Identifier[], scope: ts.Node): readonly ts.Identifier[] {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]!.pos < scope.pos) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < ids.length && ids[end]!.end <= scope.end) end++;
  return lo === 0 && end === ids.length ? ids : ids.slice(lo, end);
}

/** `checker` is called on the first question only: most files never need one. */
export function createTypeOracle(t: TS, checker: () => ts.TypeChecker): TypeOracle {
  const byType = new WeakMap<ts.Type, Namespace | null>();
  // A table's strings, a helper's arguments and a const's members all ask for the reads of one name.
  const readsByName = new WeakMap<ts.Identifier, readonly ts.Identifier[]>();
  let consulted = false;
  const namespaceOf = (type: ts.Type | undefined): Namespace | undefined => {
    if (!type) return undefined;
    const cached = byType.get(type);
    if (cached !== undefined) return cached ?? undefined;
    // Only a union of string literals and nothing else, as the ESLint rules read types.
    const members = type.isUnion() ? type.types : [type];
    const values = members.filter((m): m is ts.StringLiteralType => m.isStringLiteral()).map((m) => m.value);
    const namespace = values.length === members.length ? namespaceOfLiteralUnion(values) : undefined;
    byType.set(type, namespace ?? null);
    return namespace;
  };
  return {
    contextual(expression) {
      consulted = true;
      return namespaceOf(checker().getContextualType(expression));
    },
    ofExpression(expression) {
      consulted = true;
      return namespaceOf(checker().getTypeAtLocation(expression));
    },
    sourceName(identifier) {
      consulted = true;
      return readFrom(t, checker().getSymbolAtLocation(identifier)?.valueDeclaration);
    },
    constInitializer(identifier) {
      consulted = true;
      const declaration = checker().getSymbolAtLocation(identifier)?.valueDeclaration;
      return isConstDeclaration(t, declaration) && declaration.name.kind === t.SyntaxKind.Identifier ? declaration.initializer : undefined;
    },
    readsOf(name) {
      consulted = true;
      const known = readsByName.get(name);
      if (known) return known;
      const c = checker();
      const symbol = c.getSymbolAtLocation(name);
      // The name of a shorthand `{ code }` is the property's symbol; the value it reads is the variable's.
      const reads = (id: ts.Identifier) => c.getSymbolAtLocation(id) === symbol || (t.isShorthandPropertyAssignment(id.parent) && c.getShorthandAssignmentValueSymbol(id.parent) === symbol);
      const found = symbol ? within(identifiersNamed(t, name.getSourceFile(), name.text), scopeOf(t, name)).filter((id) => id !== name && reads(id)) : [];
      readsByName.set(name, found);
      return found;
    },
    declarationOf(identifier) {
      consulted = true;
      return checker().getSymbolAtLocation(identifier)?.valueDeclaration;
    },
    get consulted() {
      return consulted;
    },
  };
}
