// The title of every fix the hosts offer (ESLint suggestion, tsserver code fix, LSP code action): one
// text per fix, computed here, so VS Code, Neovim and the ESLint output never word the same fix two ways.
// Written as editors title their fixes: an imperative phrase without a final period.

export type Fix =
  /** Replace an unknown or removed code with a suggested one. */
  | { readonly kind: 'replace'; readonly replacement: string }
  /** Insert a case (or an else-if branch) per code a switch or if/else chain misses. */
  | { readonly kind: 'add-missing-cases'; readonly count: number }
  | { readonly kind: 'add-default' }
  | { readonly kind: 'add-else' };

export function fixTitle(fix: Fix): string {
  switch (fix.kind) {
    case 'replace':
      return `Replace with '${fix.replacement}'`;
    case 'add-missing-cases':
      return fix.count === 1 ? 'Add the missing case' : `Add the ${fix.count} missing cases`;
    case 'add-default':
      return 'Add a default case';
    case 'add-else':
      return 'Add an else branch';
  }
}
