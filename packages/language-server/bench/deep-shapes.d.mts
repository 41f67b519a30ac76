// Types of deep-shapes.mjs, for the tests that open every shape.
export declare const DEEP_SHAPES: readonly { readonly name: string; readonly file: string; readonly text: (depth: number) => string }[];
