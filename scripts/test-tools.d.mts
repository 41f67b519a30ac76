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
/** The Node 24 binary alone, installed into the cache folder on first use. */
export declare function installNode24(): string;
/** The installed Node 24 binary; throws with the command that installs it when it is missing. */
export declare function node24Binary(): string;
