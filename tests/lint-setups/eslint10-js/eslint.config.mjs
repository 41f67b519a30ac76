// eslint.config.mjs
import dapr from '@dapr-codes/eslint-plugin';

export default [
  // Against the Dapr runtime your deployment files name (docs/dapr-versions.md).
  dapr.configs.recommended,
];
