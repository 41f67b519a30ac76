// eslint.config.mjs
import dapr from '@dapr-codes/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  // typescript-eslint's parser for TypeScript files; ESLint's own parser reads the JavaScript ones.
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  // The rules on every JavaScript and TypeScript file.
  dapr.configs.recommended,
  // The Dapr runtime you deploy (optional): codes it does not send are reported.
  { settings: { dapr: { version: '1.16' } } },
];
