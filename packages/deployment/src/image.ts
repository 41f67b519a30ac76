// Container image references (`daprio/daprd:1.14.0`, `ghcr.io/dapr/daprd:1.14.0-mariner`,
// `registry:5000/mirror/daprd@sha256:…`): which ones run the Dapr sidecar, and their tag. Pure.

export interface ImageRef {
  /** The repository path without registry host or tag: `daprio/daprd`. */
  readonly name: string;
  /** The tag as written (`1.14.0-mariner`, `latest`), or the digest (`sha256:…`); undefined when neither. */
  readonly tag: string | undefined;
}

/** The index of the first `ch` after `from` that is not inside `${…}`. */
function indexOutsideBraces(text: string, ch: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('${', i)) depth++;
    else if (text[i] === '}' && depth > 0) depth--;
    else if (text[i] === ch && depth === 0) return i;
  }
  return -1;
}

export function parseImage(text: string): ImageRef | undefined {
  let rest = text.trim();
  if (rest === '' || /\s/.test(rest.replace(/\$\{[^}]*\}/g, ''))) return undefined;
  let tag: string | undefined;
  const at = indexOutsideBraces(rest, '@', 0);
  if (at >= 0) {
    tag = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = indexOutsideBraces(rest, ':', rest.lastIndexOf('/', rest.indexOf('${') >= 0 ? rest.indexOf('${') : rest.length) + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const segments = rest.split('/');
  // A first segment with a dot or a port, or `localhost`, is a registry host.
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]!)) segments.shift();
  if (segments.some((s) => !/^[\w.-]+$/.test(s))) return undefined;
  return { name: segments.join('/'), tag };
}

/** The sidecar image: the repository's last segment is `daprd` (Docker Hub, GHCR, or a mirror of either). */
export function isDaprdImage(ref: ImageRef): boolean {
  return ref.name === 'daprd' || ref.name.endsWith('/daprd');
}

/** The all-in-one `daprio/dapr` image, which runs daprd only when its command says so. */
export function isDaprImage(ref: ImageRef): boolean {
  return ref.name === 'daprio/dapr' || ref.name.endsWith('/dapr/dapr');
}

/** The runtime version a tag names: `1.14.0-mariner` → `1.14.0`; a tag that names none is returned as is. */
export function versionOfTag(tag: string): string {
  const m = /^v?(\d+\.\d+(?:\.\d+)?)(?:-(?:mariner|stablecomponents|amd64|arm64|arm|linux[\w-]*|windows[\w-]*|rc\.\d+))*$/.exec(tag);
  return m ? m[1]! : tag;
}

/** Image references in free text (a `docker run` line, a source file's string): `…/daprd:TAG`. */
export function daprdImagesIn(text: string): { readonly image: string; readonly index: number }[] {
  const out: { image: string; index: number }[] = [];
  const re = /(?:[\w.-]+(?::\d+)?\/)*daprd(?::(?:\$\{\{[^}]*\}\}|\$\{[^}\s]*\}|\$\([^)\s]*\)|\$[\w]+|[\w.-])+|@sha256:[0-9a-f]+)/g;
  for (const m of text.matchAll(re)) {
    const before = text[m.index - 1];
    if (before !== undefined && /[\w-]/.test(before)) continue;
    out.push({ image: m[0], index: m.index });
  }
  return out;
}
