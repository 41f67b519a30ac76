// The bundled example: a small Node service that talks to its Dapr sidecar.
import dapr from '@dapr-codes/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  dapr.configs.recommended,
  { settings: { dapr: { version: '1.16' } } },
];
