import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCode, getReason } from '../src/index.js';

// The sync checks overrides.json against a dapr/dapr clone; tests have none, so this keeps the reviewed file
// consistent with the committed data between syncs.
const overrides = JSON.parse(readFileSync(join(import.meta.dirname, '../data/overrides.json'), 'utf8')) as {
  codes: Record<string, { evidence?: string; docsOnly?: boolean; replacedBy?: string | null; category?: string }>;
  reasons: Record<string, { evidence?: string; sinceVersion?: string; notSent?: boolean }>;
};

describe('data/overrides.json', () => {
  it('gives evidence for every entry', () => {
    for (const [name, o] of [...Object.entries(overrides.codes), ...Object.entries(overrides.reasons)]) {
      expect(o.evidence?.trim(), name).toBeTruthy();
    }
  });

  it('agrees with the committed data', () => {
    for (const [code, o] of Object.entries(overrides.codes)) {
      const entry = getCode(code);
      expect(entry, code).toBeDefined();
      if (o.docsOnly) expect(entry?.status, code).toBe('docs-only');
      if ('replacedBy' in o) expect(entry?.replacedBy, code).toBe(o.replacedBy);
      if (o.category) expect(entry?.category, code).toBe(o.category);
    }
    for (const [reason, o] of Object.entries(overrides.reasons)) {
      if (o.notSent) expect(getReason(reason), reason).toBeUndefined();
      else expect(getReason(reason)?.sinceVersion, reason).toBe(o.sinceVersion);
    }
  });
});
