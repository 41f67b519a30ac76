// eslint.config.mjs
import dapr from '@dapr-codes/eslint-plugin';

export default [
  dapr.configs.recommended,
  // The Dapr runtime you deploy (optional): codes it does not send are reported.
  { settings: { dapr: { version: '1.16' } } },
];
