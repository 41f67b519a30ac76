// A minimal, bounds-checked protobuf reader for the two messages Dapr puts in gRPC errors:
// google.rpc.Status (grpc-status-details-bin) and google.rpc.ErrorInfo. Throws on malformed input;
// callers catch.

interface Field {
  readonly no: number;
  readonly bytes?: Uint8Array;
  readonly int?: number;
}

function* readFields(buf: Uint8Array): Generator<Field> {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= buf.length) throw new RangeError('truncated varint');
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
    throw new RangeError('varint too long');
  };
  while (pos < buf.length) {
    const key = varint();
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) yield { no, int: varint() };
    else if (wire === 2) {
      const len = varint();
      if (pos + len > buf.length) throw new RangeError('truncated field');
      yield { no, bytes: buf.subarray(pos, pos + len) };
      pos += len;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new RangeError(`unsupported wire type ${wire}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

export interface AnyMessage {
  readonly typeUrl: string;
  readonly value: Uint8Array;
}

export interface StatusMessage {
  readonly code: number;
  readonly message: string;
  readonly details: readonly AnyMessage[];
}

export function decodeStatus(buf: Uint8Array): StatusMessage {
  let code = 0;
  let message = '';
  const details: AnyMessage[] = [];
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.int !== undefined) code = f.int;
    else if (f.no === 2 && f.bytes) message = utf8.decode(f.bytes);
    else if (f.no === 3 && f.bytes) {
      let typeUrl = '';
      let value: Uint8Array = new Uint8Array();
      for (const g of readFields(f.bytes)) {
        if (g.no === 1 && g.bytes) typeUrl = utf8.decode(g.bytes);
        else if (g.no === 2 && g.bytes) value = g.bytes;
      }
      details.push({ typeUrl, value });
    }
  }
  return { code, message, details };
}

export interface ErrorInfoMessage {
  readonly reason: string;
  readonly domain: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export function decodeErrorInfo(buf: Uint8Array): ErrorInfoMessage {
  let reason = '';
  let domain = '';
  const metadata: Record<string, string> = {};
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.bytes) reason = utf8.decode(f.bytes);
    else if (f.no === 2 && f.bytes) domain = utf8.decode(f.bytes);
    else if (f.no === 3 && f.bytes) {
      let key = '';
      let value = '';
      for (const g of readFields(f.bytes)) {
        if (g.no === 1 && g.bytes) key = utf8.decode(g.bytes);
        else if (g.no === 2 && g.bytes) value = utf8.decode(g.bytes);
      }
      metadata[key] = value;
    }
  }
  return { reason, domain, metadata };
}
