// Which of the plugin's configs the playground offers: the two that set options (`all` equals
// `recommended` with every rule at error; `disable-type-checked` sets no rule).
import type { ConfigName } from '@dapr-codes/eslint-plugin';

export type PlaygroundConfig = Extract<ConfigName, 'recommended' | 'strict'>;
export const PLAYGROUND_CONFIGS: readonly PlaygroundConfig[] = ['recommended', 'strict'];
