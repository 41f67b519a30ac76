// The bundled example: a small Node service that talks to its Dapr sidecar.
import dapr from '@dapr-codes/eslint-plugin';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  dapr.configs.recommended,
  { settings: { dapr: { version: '1.16' } } },
];
