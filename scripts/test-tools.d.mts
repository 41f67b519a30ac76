// Types of scripts/test-tools.mjs for the tests that import it.
export declare const CODE_SERVER_VERSION: string;
export declare const NODE_24_VERSION: string;
export declare const APT_PACKAGES: Record<string, string>;
export declare function toolsDir(): string;
export interface TestTools {
  /** The Node 24 binary that runs code-server. */
  readonly node24: string;
  /** code-server's entry script (`out/node/entry.js`). */
  readonly codeServer: string;
  readonly chromium: string;
  readonly nvim: string;
}
export declare function testTools(): TestTools;
export declare function installTestTools(): TestTools;
