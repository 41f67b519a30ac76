// eslint.config.mjs
import dapr from '@dapr-codes/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  // typescript-eslint's parser for TypeScript files; ESLint's own parser reads the JavaScript ones.
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  // The rules on every JavaScript and TypeScript file, against the Dapr runtime your compose files,
  // Kubernetes manifests, Helm charts or CI workflows deploy (docs/dapr-versions.md).
  dapr.configs.recommended,
];
