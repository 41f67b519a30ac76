// The bundled example: a small Node service that talks to its Dapr sidecar.
import dapr from '@dapr-codes/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  // Checked against the sidecar docker-compose.yml runs (daprd 1.16.4); `settings.dapr.version` would override it.
  dapr.configs.recommended,
];
