// A small scanner for text that does not parse: from a statement's start, the string token at an
// offset, the brackets still open after it (to close them), and the names read on the way. It only
// needs to be right enough to make a text the parser accepts: the parser then decides what the string
// is. Strings, templates, comments and regular expressions are skipped so that their brackets and
// quotes do not count.

/** A string literal's token: quotes included; an unterminated one ends where its line does. */
export interface StringToken {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly terminated: boolean;
}

/** What closes the brackets open at a point, innermost first (`${` of a template closes with `}` and the backquote). */
export interface OpenAt {
  readonly at: number;
  readonly closers: readonly string[];
  /** How many brackets closed that were opened before the scan's start (it left the unit it started in). */
  readonly closedOutside: number;
}

export interface ScannedString {
  readonly token: StringToken;
  /** Right after the token. */
  readonly afterToken: OpenAt;
  /** At the end of the token's line, when it ends outside strings and comments (the string's neighbours kept). */
  readonly lineEnd: OpenAt | undefined;
  /** Identifiers met, for the declarations the string's use may depend on. */
  readonly names: ReadonlySet<string>;
}

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '${': '}`' };
const OPENER: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
/** After these, `/` starts a regular expression rather than dividing. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^'].concat(['', 'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']));
const WORD_START = /[A-Za-z_$\u00c0-\uffff]/;
const WORD = /[\w$\u00c0-\uffff]/;
const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

class Scanner {
  at: number;
  readonly stack: string[] = [];
  readonly names = new Set<string>();
  closedOutside = 0;
  private last = '';

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.at = from;
  }

  open(): OpenAt {
    return { at: this.at, closers: this.stack.map((o) => CLOSER[o]!).reverse(), closedOutside: this.closedOutside };
  }

  /**
   * Moves past the next token. Returns the string token it passed, 'break' at a line break, 'lost' where
   * the scan cannot go on reliably (an unterminated comment or regular expression, the end).
   */
  next(): StringToken | 'break' | 'lost' | undefined {
    const { text } = this;
    if (this.at >= this.to) return 'lost';
    const c = text[this.at]!;
    if (isLineBreak(c)) {
      this.at++;
      return 'break';
    }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\ufeff' || c === '\u00a0') this.at++;
    else if (c === '/' && text[this.at + 1] === '/') this.skipTo(text.slice(this.at, this.to).search(/[\n\r\u2028\u2029]/), this.to);
    else if (c === '/' && text[this.at + 1] === '*') {
      const close = text.indexOf('*/', this.at + 2);
      if (close < 0 || close + 2 > this.to || /[\n\r\u2028\u2029]/.test(text.slice(this.at, close))) return this.blockComment(close);
      this.at = close + 2;
    } else if (c === '"' || c === "'") return this.string(c);
    else if (c === '`') return this.template(this.at + 1);
    else if (c === '/' && BEFORE_REGEX.has(this.last)) return this.regex();
    else if (WORD_START.test(c)) this.word();
    else if (c >= '0' && c <= '9') this.number();
    else this.punctuation(c);
    return undefined;
  }

  private skipTo(relative: number, fallback: number): void {
    this.at = relative < 0 ? fallback : this.at + relative;
  }

  /** A block comment over lines: skipped, but it counts as a line break (it ends the line for `lineEnd`). */
  private blockComment(close: number): 'break' | 'lost' {
    if (close < 0 || close + 2 > this.to) return 'lost';
    this.at = close + 2;
    return 'break';
  }

  private string(quote: string): StringToken {
    const { text } = this;
    const start = this.at;
    let i = start + 1;
    for (; i < this.to; i++) {
      const ch = text[i];
      if (ch === '\\') i++;
      else if (ch === quote) {
        this.at = i + 1;
        this.last = 'string';
        return { start, end: i + 1, quote, terminated: true };
      } else if (isLineBreak(ch)) break;
    }
    this.at = Math.min(i, this.to);
    this.last = 'string';
    return { start, end: this.at, quote, terminated: false };
  }

  /** A template from `from` (after its backquote or the `}` of an expression): a token when it has no expression. */
  private template(from: number): StringToken | 'lost' | undefined {
    const { text } = this;
    const start = from - 1;
    for (let i = from; i < this.to; i++) {
      const ch = text[i];
      if (ch === '\\') i++;
      else if (ch === '`') {
        this.at = i + 1;
        this.last = 'string';
        // Only a whole template without expressions is a string the rules read.
        return text[start] === '`' ? { start, end: i + 1, quote: '`', terminated: true } : undefined;
      } else if (ch === '$' && text[i + 1] === '{') {
        this.stack.push('${');
        this.at = i + 2;
        this.last = '{';
        return undefined;
      }
    }
    return 'lost';
  }

  private regex(): 'lost' | undefined {
    const { text } = this;
    let inClass = false;
    for (let i = this.at + 1; i < this.to; i++) {
      const ch = text[i];
      if (isLineBreak(ch)) return 'lost';
      if (ch === '\\') i++;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) {
        let end = i + 1;
        while (end < this.to && WORD.test(text[end]!)) end++;
        this.at = end;
        this.last = 'regex';
        return undefined;
      }
    }
    return 'lost';
  }

  private word(): void {
    const { text } = this;
    let end = this.at + 1;
    while (end < this.to && WORD.test(text[end]!)) end++;
    const word = text.slice(this.at, end);
    this.names.add(word);
    this.last = word;
    this.at = end;
  }

  private number(): void {
    let end = this.at + 1;
    while (end < this.to && /[\w.]/.test(this.text[end]!)) end++;
    this.at = end;
    this.last = 'number';
  }

  private punctuation(c: string): StringToken | 'lost' | undefined {
    this.at++;
    this.last = c;
    if (c === '(' || c === '[' || c === '{') this.stack.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      const top = this.stack[this.stack.length - 1];
      if (c === '}' && top === '${') {
        this.stack.pop();
        return this.template(this.at);
      }
      if (top === OPENER[c]) this.stack.pop();
      else if (this.stack.length === 0) this.closedOutside++;
    }
    return undefined;
  }
}

/** The string token holding `offset` (its quotes included), scanning `[from, to)`; undefined where no string is. */
export function stringAt(text: string, from: number, to: number, offset: number): ScannedString | undefined {
  const scanner = new Scanner(text, from, to);
  let token: StringToken | undefined;
  while (!token) {
    if (scanner.at > offset) return undefined;
    const passed = scanner.next();
    if (passed === 'lost') return undefined;
    if (typeof passed === 'object' && passed.start <= offset && offset <= passed.end) token = passed;
  }
  const afterToken = scanner.open();
  let lineEnd: OpenAt | undefined;
  if (token.terminated) {
    for (;;) {
      const passed = scanner.next();
      if (passed === 'break') {
        // The line break itself is left out: the scanner moved past it.
        lineEnd = { ...scanner.open(), at: scanner.at - 1 };
        break;
      }
      if (passed === 'lost') {
        lineEnd = scanner.at >= to ? scanner.open() : undefined;
        break;
      }
      if (typeof passed === 'object' && !passed.terminated) break;
    }
  }
  return { token, afterToken, lineEnd, names: scanner.names };
}
