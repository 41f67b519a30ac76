import type { AnyDaprErrorCode } from './codes.js';
import { getCode, getCodeForReason } from './lookup.js';
import { decodeErrorInfo, decodeStatus } from './protobuf.js';
import type { CodeEntry } from './types.js';

/** A detail object as daprd sends it in the HTTP body (`@type` plus snake_case fields). */
export type DaprErrorDetail = Readonly<Record<string, unknown>> & { readonly '@type'?: string };

interface ParsedBase {
  /**
   * The code as received, whether or not this catalog knows it: an HTTP body's `errorCode`; for gRPC,
   * the code the ErrorInfo reason stands for, or the reason itself when the catalog maps none to it.
   */
  readonly rawCode: string;
  readonly message: string;
  /** The google.rpc.ErrorInfo reason, when the error carried one. */
  readonly reason?: string;
  readonly httpStatus?: number;
  /** The numeric gRPC status code (gRPC errors only). */
  readonly grpcStatus?: number;
  readonly details?: readonly DaprErrorDetail[];
  /** ErrorInfo metadata (appID, topic, ...). */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Where the code was found. */
  readonly source: 'http-body' | 'sdk-http-error' | 'grpc';
}

export interface KnownParsedDaprError extends ParsedBase {
  readonly known: true;
  readonly code: AnyDaprErrorCode;
  readonly entry: CodeEntry;
}

/** A code this catalog does not know (a newer runtime's, or something else's): only in `rawCode`. */
export interface UnknownParsedDaprError extends ParsedBase {
  readonly known: false;
  readonly code?: undefined;
}

/**
 * `parsed?.code` is `AnyDaprErrorCode | undefined`: `switch (parsed?.code)` offers the catalog's codes,
 * a misspelled `case` does not compile, and a `case` narrows `parsed` to the known error (with `entry`).
 * What the runtime sent, known or not, is `rawCode`.
 */
export type ParsedDaprError = KnownParsedDaprError | UnknownParsedDaprError;

const MAX_TEXT = 1 << 20;
const MAX_DEPTH = 8;
const ERROR_INFO = 'google.rpc.ErrorInfo';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Reads a property without letting a throwing getter or Proxy trap escape. */
function get(o: Obj, key: string): unknown {
  try {
    return o[key];
  } catch {
    return undefined;
  }
}

/** Drops undefined fields so results compare cleanly and print without noise. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function make(code: string, rest: Omit<ParsedBase, 'rawCode'>): ParsedDaprError {
  const clean = compact({ ...rest, rawCode: code });
  const entry = getCode(code);
  return entry ? { ...clean, known: true, code: entry.code as AnyDaprErrorCode, entry } : { ...clean, known: false };
}

function errorInfoOf(details: readonly DaprErrorDetail[]): DaprErrorDetail | undefined {
  return details.find((d) => typeof d['@type'] === 'string' && d['@type'].endsWith(ERROR_INFO));
}

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

/** A daprd HTTP error body: `{ errorCode, message, details? }`. */
function fromBody(body: Obj, httpStatus: number | undefined, source: ParsedBase['source']): ParsedDaprError | undefined {
  const code = str(get(body, 'errorCode'));
  if (!code) return undefined;
  const rawDetails = get(body, 'details');
  const details = Array.isArray(rawDetails) ? (rawDetails.filter(isObj) as DaprErrorDetail[]) : undefined;
  const info = details ? errorInfoOf(details) : undefined;
  return make(code, {
    message: str(get(body, 'message')) ?? '',
    reason: info ? str(info['reason']) : undefined,
    metadata: info ? stringRecord(info['metadata']) : undefined,
    httpStatus,
    details,
    source,
  });
}

function parseJson(text: string): unknown {
  if (text.length > MAX_TEXT) return undefined;
  const t = text.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function toBytes(v: unknown): Uint8Array | undefined {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string' && v.length <= MAX_TEXT) return Buffer.from(v, 'base64');
  return undefined;
}

/** The grpc-status-details-bin trailer, from grpc-js `Metadata` or Connect's `Headers`. */
function statusDetailsBin(metadata: unknown): Uint8Array | undefined {
  if (!isObj(metadata)) return undefined;
  const getter = get(metadata, 'get');
  if (typeof getter !== 'function') return undefined;
  const value: unknown = getter.call(metadata, 'grpc-status-details-bin');
  return toBytes(Array.isArray(value) ? value[0] : value);
}

interface GrpcInfo {
  readonly reason: string;
  readonly domain: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** ErrorInfo from Connect's `details` (incoming `{type, value}` or outgoing `{desc, value}`) or the status trailer. */
function grpcErrorInfo(err: Obj): GrpcInfo | undefined {
  const details = get(err, 'details');
  if (Array.isArray(details)) {
    for (const d of details) {
      if (!isObj(d)) continue;
      const type = str(get(d, 'type')) ?? str(isObj(d['desc']) ? d['desc']['typeName'] : undefined);
      if (type !== ERROR_INFO) continue;
      const value = get(d, 'value');
      if (value instanceof Uint8Array) return decodeErrorInfo(value);
      if (isObj(value) && typeof value['reason'] === 'string') {
        return { reason: value['reason'], domain: str(value['domain']) ?? '', metadata: stringRecord(value['metadata']) ?? {} };
      }
    }
  }
  const bin = statusDetailsBin(get(err, 'metadata'));
  if (!bin) return undefined;
  const any = decodeStatus(bin).details.find((d) => d.typeUrl.endsWith(ERROR_INFO));
  return any ? decodeErrorInfo(any.value) : undefined;
}

/** A gRPC error: grpc-js `ServiceError` or `@connectrpc/connect`'s `ConnectError`. */
function fromGrpc(err: Obj): ParsedDaprError | undefined {
  const grpcStatus = num(get(err, 'code'));
  if (grpcStatus === undefined || grpcStatus < 0 || grpcStatus > 16) return undefined;
  const message = str(get(err, 'rawMessage')) ?? str(get(err, 'details')) ?? str(get(err, 'message')) ?? '';
  const info = grpcErrorInfo(err);
  if (!info || !info.reason) return undefined;
  const code = getCodeForReason(info.reason)?.code ?? info.reason;
  const metadata = Object.keys(info.metadata).length > 0 ? info.metadata : undefined;
  const details: DaprErrorDetail[] = [{ '@type': `type.googleapis.com/${ERROR_INFO}`, ...info }];
  return make(code, { message, reason: info.reason, grpcStatus, metadata, details, source: 'grpc' });
}

function walk(value: unknown, depth: number, seen: Set<object>): ParsedDaprError | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (typeof value === 'string') {
    const parsed = parseJson(value);
    return parsed === undefined ? undefined : walk(parsed, depth + 1, seen);
  }
  if (!isObj(value) || seen.has(value)) return undefined;
  seen.add(value);

  if (typeof get(value, 'errorCode') === 'string') return fromBody(value, num(get(value, 'status')), 'http-body');

  // The SDK's HTTP client: Error(JSON.stringify({ error: statusText, error_msg: <body text>, status })).
  const errorMsg = get(value, 'error_msg');
  if (typeof errorMsg === 'string') {
    const body = parseJson(errorMsg);
    if (isObj(body)) return fromBody(body, num(get(value, 'status')), 'sdk-http-error');
  }

  const message = get(value, 'message');
  if (typeof message === 'string') {
    const inner = parseJson(message);
    if (inner !== undefined) {
      const found = walk(inner, depth + 1, seen);
      if (found) return found;
    }
  }

  const grpc = fromGrpc(value);
  if (grpc) return grpc;

  // The SDK's `{ error }` return shape (state.save/delete, pubsub.publish), and `cause` chains.
  for (const key of ['error', 'cause', 'body', 'data', 'response']) {
    const inner = get(value, key);
    if (inner !== undefined && inner !== null) {
      const found = walk(inner, depth + 1, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Pulls the Dapr error out of whatever a Dapr client threw or returned: a daprd HTTP body (object or
 * JSON text), the `@dapr/dapr` SDK's HTTP `Error` (JSON in `message`, the body as a string inside
 * `error_msg`), its `{ error }` return shape, or a gRPC error carrying google.rpc.ErrorInfo. Returns
 * undefined when there is no Dapr error in it. Never throws.
 */
export function parseDaprError(value: unknown): ParsedDaprError | undefined {
  try {
    return walk(value, 0, new Set());
  } catch {
    return undefined;
  }
}
