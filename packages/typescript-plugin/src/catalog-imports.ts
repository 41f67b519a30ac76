// Which calls are calls of the catalog's own functions (`getCode("X")` with `getCode` imported from
// @dapr-codes/catalog): their first argument is a code or reason in a strong position.
import { CATALOG_FUNCTIONS, CATALOG_PACKAGE, type Namespace } from '@dapr-codes/catalog';
import type * as ts from 'typescript';
import { nameText } from './names.js';
import type { TS } from './syntax-kinds.js';

const NAMESPACE = Symbol('catalog namespace import');
type CatalogImports = ReadonlyMap<string, string | typeof NAMESPACE>;

/** Local names bound to catalog functions (`getCode`, `{ getCode as gc }`) or to the whole catalog (`* as catalog`). */
function importedCatalogNames(t: TS, sourceFile: ts.SourceFile): CatalogImports {
  const names = new Map<string, string | typeof NAMESPACE>();
  const isCatalog = (e: ts.Expression | undefined) => !!e && t.isStringLiteralLike(e) && e.text === CATALOG_PACKAGE;
  for (const statement of sourceFile.statements) {
    if (t.isImportDeclaration(statement) && isCatalog(statement.moduleSpecifier) && statement.importClause) {
      const { name, namedBindings } = statement.importClause;
      if (name) names.set(name.text, NAMESPACE);
      if (namedBindings && t.isNamespaceImport(namedBindings)) names.set(namedBindings.name.text, NAMESPACE);
      if (namedBindings && t.isNamedImports(namedBindings)) {
        for (const element of namedBindings.elements) names.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    } else if (t.isVariableStatement(statement)) {
      // const { getCode } = require("@dapr-codes/catalog"), const catalog = require("@dapr-codes/catalog")
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init || !t.isCallExpression(init) || !t.isIdentifier(init.expression) || init.expression.text !== 'require' || !isCatalog(init.arguments[0])) continue;
        if (t.isIdentifier(declaration.name)) names.set(declaration.name.text, NAMESPACE);
        else if (t.isObjectBindingPattern(declaration.name)) {
          for (const element of declaration.name.elements) {
            const imported = element.propertyName ? nameText(t, element.propertyName) : t.isIdentifier(element.name) ? element.name.text : undefined;
            if (t.isIdentifier(element.name) && imported !== undefined) names.set(element.name.text, imported);
          }
        }
      }
    }
  }
  return names;
}

const catalogImports = new WeakMap<ts.SourceFile, CatalogImports>();

/**
 * The namespace of a call's first argument when the callee (already unwrapped) is a catalog function
 * imported from the catalog: `getCode("X")`, `catalog.getCode("X")`.
 */
export function catalogFunctionNamespace(t: TS, callee: ts.Expression): Namespace | undefined {
  const sourceFile = callee.getSourceFile();
  let imports = catalogImports.get(sourceFile);
  if (!imports) catalogImports.set(sourceFile, (imports = importedCatalogNames(t, sourceFile)));
  if (imports.size === 0) return undefined;
  let fn: string | undefined;
  if (t.isIdentifier(callee)) {
    const imported = imports.get(callee.text);
    fn = typeof imported === 'string' ? imported : undefined;
  } else if (t.isPropertyAccessExpression(callee) && t.isIdentifier(callee.expression) && imports.get(callee.expression.text) === NAMESPACE) {
    fn = callee.name.text;
  }
  return fn !== undefined && Object.hasOwn(CATALOG_FUNCTIONS, fn) ? CATALOG_FUNCTIONS[fn] : undefined;
}
