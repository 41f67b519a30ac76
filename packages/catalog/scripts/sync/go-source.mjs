// Extracts facts from Dapr's Go source text. Pure; no Go parser, but every line that looks like
// a declaration and does not parse is an error, so a format change in Dapr stops the sync.

const GO_STRING = String.raw`"(?:[^"\\]|\\.)*"|\x60[^\x60]*\x60`;

/** Go string literal → its value (interpreted `"…"` or raw `` `…` ``). */
export function goString(literal) {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  return JSON.parse(literal.replace(/\\'/g, "'"));
}

const CATEGORY_RE = /^\s*(Category\w+)\s+Category\s*=\s*"([^"]*)"/;
const ERROR_CODE_RE = new RegExp(
  String.raw`^\s*(\w+)\s*=\s*ErrorCode\{\s*(${GO_STRING})\s*,\s*(${GO_STRING})\s*,\s*(Category\w+)\s*\}\s*(?://\s*(.*))?$`,
);

/**
 * `pkg/messages/errorcodes/errorcodes.go`: one entry per `Ident = ErrorCode{"CODE", "REASON", CategoryX} // summary`.
 * @returns {{ ident: string, code: string, reason: string | null, category: string, summary: string }[]}
 */
export function parseErrorCodes(text) {
  const categories = new Map();
  for (const line of text.split('\n')) {
    const m = CATEGORY_RE.exec(line);
    if (m) categories.set(m[1], m[2]);
  }
  const entries = [];
  for (const line of text.split('\n')) {
    if (!/=\s*ErrorCode\{/.test(line)) continue;
    const m = ERROR_CODE_RE.exec(line);
    if (!m) throw new Error(`errorcodes.go: cannot read the declaration \`${line.trim()}\``);
    const category = categories.get(m[4]);
    if (category === undefined) throw new Error(`errorcodes.go: unknown category constant ${m[4]}`);
    const reason = goString(m[3]);
    entries.push({ ident: m[1], code: goString(m[2]), reason: reason === '' ? null : reason, category, summary: (m[5] ?? '').trim() });
  }
  return entries;
}

/** Go `net/http` status constants the runtime uses, by name. */
const HTTP_STATUS = {
  StatusBadRequest: 400,
  StatusUnauthorized: 401,
  StatusForbidden: 403,
  StatusNotFound: 404,
  StatusMethodNotAllowed: 405,
  StatusRequestTimeout: 408,
  StatusConflict: 409,
  StatusPreconditionFailed: 412,
  StatusRequestEntityTooLarge: 413,
  StatusUnprocessableEntity: 422,
  StatusTooManyRequests: 429,
  StatusInternalServerError: 500,
  StatusNotImplemented: 501,
  StatusBadGateway: 502,
  StatusServiceUnavailable: 503,
  StatusGatewayTimeout: 504,
};

const GRPC_CODES = new Set([
  'OK', 'Canceled', 'Unknown', 'InvalidArgument', 'DeadlineExceeded', 'NotFound', 'AlreadyExists', 'PermissionDenied',
  'ResourceExhausted', 'FailedPrecondition', 'Aborted', 'OutOfRange', 'Unimplemented', 'Internal', 'Unavailable',
  'DataLoss', 'Unauthenticated',
]);

const API_ERROR_RE = new RegExp(
  String.raw`^\s*(\w+)\s*=\s*APIError\{\s*(${GO_STRING})\s*,\s*(${GO_STRING}|errorcodes\.\w+)\s*,\s*http\.(\w+)\s*,\s*grpcCodes\.(\w+)\s*\}`,
);

/**
 * `pkg/messages/predefined.go` (v1.11+): `Name = APIError{"template", <code>, http.StatusX, grpcCodes.Y}`,
 * where `<code>` is a literal (before v1.15) or an `errorcodes.Ident` (resolved with `codeOfIdent`).
 * @param {(ident: string) => string | undefined} codeOfIdent
 * @returns {{ name: string, code: string, messageTemplate: string, httpStatus: number, grpcCode: string }[]}
 */
export function parseApiErrors(text, codeOfIdent) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (!/=\s*APIError\{/.test(line)) continue;
    const m = API_ERROR_RE.exec(line);
    if (!m) throw new Error(`predefined.go: cannot read the declaration \`${line.trim()}\``);
    const code = m[3].startsWith('errorcodes.') ? codeOfIdent(m[3].slice('errorcodes.'.length)) : goString(m[3]);
    if (code === undefined) throw new Error(`predefined.go: ${m[1]} uses ${m[3]}, which errorcodes.go does not declare`);
    const httpStatus = HTTP_STATUS[m[4]];
    if (httpStatus === undefined) throw new Error(`predefined.go: ${m[1]} uses an HTTP status this tool does not know: http.${m[4]}`);
    if (!GRPC_CODES.has(m[5])) throw new Error(`predefined.go: ${m[1]} uses an unknown gRPC code: ${m[5]}`);
    entries.push({ name: m[1], code, messageTemplate: goString(m[2]), httpStatus, grpcCode: m[5] });
  }
  return entries;
}

const GO_CONST_RE = new RegExp(String.raw`^\s*(?:const\s+)?(\w+)\s*(?:\w+\s*)?=\s*(${GO_STRING})`);

/** String constants of Go source (`Name = "value"`, `Name Type = "value"`, `const Name = "value"`). */
export function parseStringConstants(text) {
  const constants = new Map();
  for (const line of text.split('\n')) {
    const m = GO_CONST_RE.exec(line);
    if (m) constants.set(m[1], goString(m[2]));
  }
  return constants;
}

/**
 * The reason a `WithErrorInfo(<expr>, ...)` argument builds, when every operand is known: string literals,
 * dapr/kit constants (`errors.CodePrefixPubSub`, `kiterrors.CodeNotFound`), `errorcodes.X.Code` / `.GrpcCode`, and
 * string constants of the same ref's `pkg/api/errors` (`PostFixNameEmpty`). Null when an operand is a variable
 * (v1.14 passes reason parts as parameters).
 * @param {Map<string, string>} kit
 * @param {import('./extract.mjs').Declared[]} declared
 * @param {Map<string, string>} local
 */
export function resolveReason(expr, kit, declared, local) {
  const inner = expr.trim().replace(/^string\((.*)\)$/, '$1');
  let value = '';
  for (const operand of inner.split('+').map((o) => o.trim())) {
    const ident = /^errorcodes\.(\w+)\.(Code|GrpcCode)$/.exec(operand);
    const kitConst = /^(?:kiterrors|errors)\.(\w+)$/.exec(operand);
    if (/^"(?:[^"\\]|\\.)*"$/.test(operand)) value += goString(operand);
    else if (ident) {
      const d = declared.find((x) => x.ident === ident[1]);
      if (!d) return null;
      value += ident[2] === 'Code' ? d.code : d.reason ?? '';
    } else if (kitConst && kit.has(kitConst[1])) value += kit.get(kitConst[1]);
    else if (local.has(operand)) value += local.get(operand);
    else return null;
  }
  return value;
}
