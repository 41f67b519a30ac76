// The linear memory a WebAssembly module imports, read from its import section: oxc's parser is linked
// with `--import-memory`, so the host creates the memory and must give it at least the declared size.
// Reading it from the binary keeps a new oxc build (which may declare another size) working.

export interface MemoryLimits {
  readonly initial: number;
  readonly maximum: number | undefined;
}

const IMPORT_SECTION = 2;
const KIND_FUNCTION = 0;
const KIND_TABLE = 1;
const KIND_MEMORY = 2;
const KIND_GLOBAL = 3;

/** The limits of the first imported memory, or undefined when the module imports none. */
export function importedMemory(bytes: Uint8Array): MemoryLimits | undefined {
  let at = 8; // magic and version
  const u32 = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      if (byte === undefined) throw new RangeError('truncated WebAssembly module');
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const skipName = (): void => {
    const length = u32();
    at += length;
  };
  const limits = (): MemoryLimits => {
    const flags = u32();
    const initial = u32();
    return { initial, maximum: flags & 1 ? u32() : undefined };
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id === IMPORT_SECTION) {
      const count = u32();
      for (let i = 0; i < count; i++) {
        skipName();
        skipName();
        const kind = bytes[at++];
        if (kind === KIND_MEMORY) return limits();
        if (kind === KIND_FUNCTION) u32();
        else if (kind === KIND_TABLE) {
          at++; // element type
          limits();
        } else if (kind === KIND_GLOBAL) at += 2; // value type, mutability
        else throw new RangeError(`unknown import kind ${String(kind)}`);
      }
      return undefined;
    }
    at = end;
  }
  return undefined;
}
