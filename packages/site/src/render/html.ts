// A tagged template for HTML: every interpolated value is escaped unless it is already `Html` (built by
// this template or `raw`). Arrays are joined. Pages are plain strings built from these pieces.

const BRAND = Symbol('html');

export interface Html {
  readonly [BRAND]: true;
  readonly text: string;
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Trusted markup (the Markdown renderer's output, inline JSON that is already escaped). */
export function raw(text: string): Html {
  return { [BRAND]: true, text };
}

const isHtml = (part: unknown): part is Html => typeof part === 'object' && part !== null && BRAND in part;

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (isHtml(part)) return part.text;
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((part, i) => (out += render(part) + strings[i + 1]!));
  return raw(out);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the element. */
export function jsonScript(id: string, value: unknown): Html {
  return raw(`<script type="application/json" id="${escapeHtml(id)}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);
}
