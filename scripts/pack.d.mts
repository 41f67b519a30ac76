// Types of scripts/pack.mjs for the tests that import it.
export declare const root: string;
export declare function publishablePackages(): { dir: string; manifest: { name: string; version: string; [key: string]: unknown } }[];
export declare function packAll(destination: string): Record<string, string>;
