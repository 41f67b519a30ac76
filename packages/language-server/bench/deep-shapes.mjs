// Text nested `depth` levels deep along each recursive rule of the grammar that oxc-parser descends on
// its native stack (parsing, then serializing the tree): the worst shape of each, as few characters
// per level as the rule allows. Shared by the stack-depth benchmark (bytes of stack per level) and the
// language server's tests (every shape at the size limit). A text need not be valid code: the parser
// reports a missing `)` only once it has descended to where it is missing, so the unclosed shapes
// (`((((a`) reach as deep as the closed ones with half the characters; the closed ones also take the
// serializer's descent of the tree that does parse.
const nest = (open, close, core = 'a') => (depth) => open.repeat(depth) + core + close.repeat(depth);
const unclosed = (open, core = 'a') => (depth) => open.repeat(depth) + core;

/** @type {readonly { name: string, file: string, text: (depth: number) => string }[]} */
export const DEEP_SHAPES = [
  { name: 'unary !', file: 'a.js', text: (n) => `x=${'!'.repeat(n)}a;` },
  { name: 'unary ~', file: 'a.js', text: (n) => `x=${'~'.repeat(n)}a;` },
  { name: 'unary -', file: 'a.js', text: (n) => `x=${'- '.repeat(n)}a;` },
  { name: 'typeof', file: 'a.js', text: (n) => `x=${'typeof '.repeat(n)}a;` },
  { name: 'void', file: 'a.js', text: (n) => `x=${'void '.repeat(n)}a;` },
  { name: 'new', file: 'a.js', text: (n) => `x=${'new '.repeat(n)}a;` },
  { name: 'await', file: 'a.mjs', text: (n) => `x=${'await '.repeat(n)}a;` },
  { name: 'else if', file: 'a.js', text: (n) => `${'if(a);else '.repeat(n)};` },
  { name: 'label', file: 'a.js', text: (n) => `${'a:'.repeat(n)};` },
  { name: 'if(a)', file: 'a.js', text: (n) => `${'if(a)'.repeat(n)};` },
  { name: 'a+a+…', file: 'a.js', text: (n) => `x=${'a+'.repeat(n)}a;` },
  { name: 'a+";"+…', file: 'a.js', text: (n) => `x=a${'+";"'.repeat(n)};` },
  { name: 'a+{}+…', file: 'a.js', text: (n) => `x=a${'+{}'.repeat(n)};` },
  { name: 'a=a=…', file: 'a.js', text: (n) => `${'a='.repeat(n)}a;` },
  { name: 'a**a**…', file: 'a.js', text: (n) => `x=${'a**'.repeat(n)}a;` },
  { name: 'a.a.…', file: 'a.js', text: (n) => `x=a${'.a'.repeat(n)};` },
  { name: 'a()()…', file: 'a.js', text: (n) => `x=a${'()'.repeat(n)};` },
  { name: '( )', file: 'a.js', text: (n) => `x=${nest('(', ')')(n)};` },
  { name: '[ ]', file: 'a.js', text: (n) => `x=${nest('[', ']')(n)};` },
  { name: '{ } blocks', file: 'a.js', text: nest('{', '}', '') },
  { name: '{a:{ }} objects', file: 'a.js', text: (n) => `x=${nest('{a:', '}')(n)};` },
  { name: '[[ ]]=a patterns', file: 'a.js', text: (n) => `${nest('[', ']')(n)}=a;` },
  { name: 'a=>a=>…', file: 'a.js', text: (n) => `x=${'a=>'.repeat(n)}a;` },
  { name: 'a?a:a?…', file: 'a.js', text: (n) => `x=${'a?a:'.repeat(n)}a;` },
  { name: 'template ${`', file: 'a.js', text: (n) => `x=${nest('`${', '}`')(n)};` },
  { name: 'function', file: 'a.js', text: nest('function f(){', '}', '') },
  { name: 'class', file: 'a.js', text: (n) => `${nest('class A{m(){', '}}', '')(n)}` },
  { name: 'A<A<…>> types', file: 'a.ts', text: (n) => `type T=${nest('A<', '>')(n)};` },
  { name: '( ) types', file: 'a.ts', text: (n) => `type T=${nest('(', ')')(n)};` },
  { name: 'keyof types', file: 'a.ts', text: (n) => `type T=${'keyof '.repeat(n)}a;` },
  { name: '()=>… types', file: 'a.ts', text: (n) => `type T=${'()=>'.repeat(n)}a;` },
  { name: '{a:{ }} types', file: 'a.ts', text: (n) => `type T=${nest('{a:', '}')(n)};` },
  { name: 'JSX <a>', file: 'a.jsx', text: (n) => `x=${nest('<a>', '</a>', '')(n)};` },
  { name: 'JSX {<a>', file: 'a.jsx', text: (n) => `x=<a>${nest('{<a>', '</a>}', '')(n)}</a>;` },
  { name: '( unclosed', file: 'a.js', text: (n) => `x=${unclosed('(')(n)}` },
  { name: '[ unclosed', file: 'a.js', text: (n) => `x=${unclosed('[')(n)}` },
  { name: '{ blocks unclosed', file: 'a.js', text: unclosed('{', '') },
  { name: '{a: unclosed', file: 'a.js', text: (n) => `x=${unclosed('{a:')(n)}` },
  { name: '${` unclosed', file: 'a.js', text: (n) => `x=${unclosed('`${')(n)}` },
  { name: 'function unclosed', file: 'a.js', text: unclosed('function f(){', '') },
  { name: 'class unclosed', file: 'a.js', text: unclosed('class A{m(){', '') },
  { name: 'A< types unclosed', file: 'a.ts', text: (n) => `type T=${unclosed('A<')(n)}` },
  { name: '( types unclosed', file: 'a.ts', text: (n) => `type T=${unclosed('(')(n)}` },
  { name: '{a: types unclosed', file: 'a.ts', text: (n) => `type T=${unclosed('{a:')(n)}` },
  { name: 'JSX <a> unclosed', file: 'a.jsx', text: (n) => `x=${unclosed('<a>', '')(n)}` },
  { name: 'JSX {<a> unclosed', file: 'a.jsx', text: (n) => `x=<a>${unclosed('{<a>', '')(n)}` },
];
