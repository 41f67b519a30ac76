// How much native stack the parser's thread gets for texts up to a length. oxc-parser descends one set
// of native frames per nesting level; bench/stack-depth.bench.mjs measures the bytes per level of the
// worst shape of every recursive rule of the grammar (unary chains, else-if chains, labels, brackets,
// arrows, templates, types, JSX, ...) and divides by the characters a level takes. A text of n
// characters nests at most n levels deep in any mix of rules, so n × the worst bytes per character
// bounds the stack it can take: its parse cannot overflow.
/**
 * Measured on oxc-parser 0.159.0, linux-x64, Node 20 (bench/stack-depth.bench.mjs): the worst shape is
 * `WORST_SHAPE`. Frames on other platforms were not measured: the margin below is for them.
 */
export const WORST_STACK_BYTES_PER_CHAR = 1585;
export const WORST_SHAPE = 'parenthesized types left open, `type T = ((((…a`: 1,585 bytes per level of 1 character';
/** For frames on other platforms and compilers than the one measured (run the bench there to check). */
const MARGIN = 1.5;
/** The thread's own frames below the parse (Node, V8, the binding's entry). */
const BASE_BYTES = 8 * 1024 * 1024;
const MB = 1024 * 1024;
/** Threads are sized for lengths in steps of this: a slightly longer file does not start another. */
const CAPACITY_STEP = 64 * 1024;

/** The longest text of the thread a text of `length` characters gets. */
export const capacityFor = (length: number): number => Math.ceil(Math.max(length, 1) / CAPACITY_STEP) * CAPACITY_STEP;

/** The stack (MB) of a thread that parses texts up to `chars` characters. */
export function stackMbFor(chars: number): number {
  return Math.ceil((BASE_BYTES + chars * WORST_STACK_BYTES_PER_CHAR * MARGIN) / MB);
}

/**
 * The most stack a thread gets on every platform: libuv hands Windows the size as a 32-bit number.
 * A text that would need more is not parsed (over 1,769,472 characters).
 */
export const MAX_STACK_MB = 4095;

/** Whether a text of `length` characters fits a thread's stack. */
export const fitsAThread = (length: number): boolean => stackMbFor(capacityFor(length)) <= MAX_STACK_MB;
