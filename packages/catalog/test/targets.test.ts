import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  classifyString,
  getCode,
  getCodeProblem,
  hoverMarkdown,
  makeTarget,
  META,
  parseVersionSpec,
  SPEC_FORMS,
  suggestCodes,
  targetOfFound,
  targetSendsAll,
  targetSendsAny,
  toDaprTarget,
  versionKey,
  type DaprTarget,
  type KnownUse,
  type VersionRange,
} from '../src/index.js';

const use = (value: string, namespace: 'code' | 'reason' = 'code') => classifyString(value, { strength: 'strong', namespace }) as KnownUse;
const target = (spec: string | string[]) => toDaprTarget(spec)!;
const message = (value: string, t: DaprTarget | undefined, namespace: 'code' | 'reason' = 'code') => getCodeProblem(use(value, namespace), t)?.message;
const latest = semver.parse(META.latestRelease)!;

/** Found in a project's files, as the deployment detection reports them. */
const found = (...runtimes: [spec: string, where: string][]) =>
  targetOfFound(runtimes.map(([spec, where]) => ({ spec, where, says: `${where} runs daprd ${spec}` }))).target!;

describe('parseVersionSpec', () => {
  it.each([
    ['>=1.15 <1.17', '>=1.15.0 <1.17.0'],
    ['1.15 - 1.16', '>=1.15.0 <1.17.0'],
    ['^1.15', '>=1.15.0 <2.0.0'],
    ['~1.16.2', '>=1.16.2 <1.17.0'],
    ['>= 1.15 <= 1.16.3', '>=1.15.0 <=1.16.3'],
    ['>1.16.2', '>1.16.2'],
    ['~1.16', '>=1.16.0 <1.17.0'],
    ['^0.11', '>=0.11.0 <0.12.0'],
    ['1', '>=1.0.0 <2.0.0'],
    ['*', '*'],
  ])('reads %j as semver does, up to the newest release the catalog knows', (spec, semverRange) => {
    const parsed = parseVersionSpec(spec);
    expect(parsed.ok).toBe(true);
    const range = (parsed as unknown as { spec: { versions: VersionRange[] } }).spec.versions[0]!;
    expect(range.kind).toBe('range');
    // Every version up to the newest release is in the span exactly when semver says it is in the range.
    for (let major = 0; major <= latest.major; major++) {
      for (let minor = 0; minor <= 20; minor++) {
        for (let patch = 0; patch <= 20; patch++) {
          const v = `${major}.${minor}.${patch}`;
          if (semver.gt(v, latest) || (major === 0 && minor === 0)) continue;
          const key = versionKey(major, minor, patch);
          expect(key >= range.span.low && key < range.span.high, `${v} in ${spec}`).toBe(semver.satisfies(v, semverRange));
        }
      }
    }
  });

  it('reads "latest" as the newest release, a list and "a || b" as several runtimes, "auto" as detection', () => {
    expect(parseVersionSpec('latest')).toMatchObject({ ok: true, spec: { versions: [{ kind: 'release', major: latest.major, minor: latest.minor, patch: latest.patch }] } });
    expect(parseVersionSpec(['1.13.6', '~1.14.0'])).toMatchObject({ ok: true, spec: { text: '1.13.6 || ~1.14.0', versions: [{ kind: 'release', patch: 6 }, { kind: 'range' }] } });
    expect(parseVersionSpec('1.13.6 || 1.14')).toMatchObject({ ok: true, spec: { versions: [{ patch: 6 }, { minor: 14, patch: null }] } });
    expect(parseVersionSpec('auto')).toEqual({ ok: true, spec: { kind: 'auto' } });
    expect(parseVersionSpec('master')).toMatchObject({ ok: true, spec: { versions: [{ kind: 'master' }] } });
  });

  it('refuses what is no spec, in one sentence that names the value and the forms', () => {
    const next = `${latest.major}.${latest.minor + 2}`;
    for (const [input, head] of [
      ['banana', '"banana" is not a Dapr runtime version'],
      [next, `Dapr runtime version "${next}" is not covered by this catalog`],
      [`>=${next}`, `the range ">=${next}" holds no Dapr release the catalog knows`],
      ['', '"" is not a Dapr runtime version'],
      [14, '14 is not a Dapr version spec'],
      [[], 'an empty list is not a Dapr version spec'],
      [['1.13', 'auto'], '"auto" cannot be part of a list'],
      ['>=1.13 <banana', '"<banana" is not a version'],
    ] as const) {
      const parsed = parseVersionSpec(input);
      expect(parsed).toEqual({ ok: false, error: `${head}; ${SPEC_FORMS}` });
      expect((parsed as { error: string }).error).not.toMatch(/\n/);
    }
    expect(SPEC_FORMS).toContain(META.latestRelease);
  });
});

describe('a code over a range or several runtimes', () => {
  it('is fine only if every runtime sends it, and the message says which do not and where they came from', () => {
    expect(message('ERR_TOPIC_NAME_EMPTY', target('>=1.13 <1.15'))).toBe(
      `'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; the configured version is ">=1.13 <1.15". That runtime sends 'ERR_TOPIC_EMPTY'.`,
    );
    expect(message('ERR_TOPIC_EMPTY', target('>=1.13 <1.15'))).toBe(`'ERR_TOPIC_EMPTY' is not sent since Dapr v1.14.0 (last sent by v1.13.6); the configured version is ">=1.13 <1.15".`);
    expect(message('ERR_TOPIC_NAME_EMPTY', target('~1.14.0'))).toBeUndefined();
    expect(message('ERR_STATE_GET', target('>=1.0'))).toBeUndefined();
    const upgrade = found(['1.13.6', 'docker-compose.yml:16'], ['1.14.0', 'k8s/orders.yaml:9']);
    expect(message('ERR_TOPIC_NAME_EMPTY', upgrade)).toBe(`'ERR_TOPIC_NAME_EMPTY' is not sent before Dapr v1.14.0; docker-compose.yml:16 runs daprd 1.13.6. That runtime sends 'ERR_TOPIC_EMPTY'.`);
    expect(message('ERR_TOPIC_EMPTY', upgrade)).toBe(`'ERR_TOPIC_EMPTY' is not sent since Dapr v1.14.0 (last sent by v1.13.6); k8s/orders.yaml:9 runs daprd 1.14.0.`);
  });

  it('says a gap in the middle, and several gaps with each origin', () => {
    // ERR_STATE_STORE_NOT_CONFIGURED: v0.4 to v0.11, then again since v1.8.0.
    expect(message('ERR_STATE_STORE_NOT_CONFIGURED', target('1.5 - 1.9'))).toMatch(/^'ERR_STATE_STORE_NOT_CONFIGURED' is not sent from Dapr v1\.0\.0 until v1\.8\.0; /);
    const both = found(['1.13.6', 'docker-compose.yml:16'], ['1.17.0', 'k8s/orders.yaml:9']);
    expect(message('ERR_ACTOR_TYPE_RESERVED', both)).toBe(
      `'ERR_ACTOR_TYPE_RESERVED' is not sent before Dapr v1.18.0; docker-compose.yml:16 runs daprd 1.13.6, k8s/orders.yaml:9 runs daprd 1.17.0.`,
    );
    const apart = found(['1.9.0', 'a.yaml:1'], ['1.5.0', 'b.yaml:2']);
    expect(message('ERR_STATE_STORE_NOT_CONFIGURED', apart)).toBe(
      `'ERR_STATE_STORE_NOT_CONFIGURED' is not sent from Dapr v1.0.0 until v1.8.0; b.yaml:2 runs daprd 1.5.0. That runtime sends 'ERR_STATE_STORES_NOT_CONFIGURED'.`,
    );
  });

  it('a removed code no runtime sends is removed; one some runtime sends says which do not', () => {
    expect(getCodeProblem(use('ERR_TOPIC_EMPTY'), target('^1.14'))).toMatchObject({ kind: 'removed', replacement: 'ERR_TOPIC_NAME_EMPTY', exact: true });
    expect(getCodeProblem(use('ERR_PUBSUB_GET_SUBSCRIPTIONS'), target('~1.10'))).toMatchObject({
      kind: 'not-in-version',
      message: `'ERR_PUBSUB_GET_SUBSCRIPTIONS' is not sent since Dapr v1.10.4 (last sent by v1.10.3); the configured version is "~1.10".`,
    });
    expect(getCodeProblem(use('SCHEDULER_JOB_NAME'), target('1.14 - 1.15'))).toMatchObject({ kind: 'not-in-version' });
    expect(getCodeProblem(use('SCHEDULER_JOB_NAME'), target('~1.14.0'))).toBeUndefined();
  });

  it('any and all', () => {
    const topicEmpty = getCode('ERR_TOPIC_EMPTY')!.presence;
    expect(targetSendsAny(topicEmpty, target('>=1.13 <1.15'))).toBe(true);
    expect(targetSendsAll(topicEmpty, target('>=1.13 <1.15'))).toBe(false);
    expect(targetSendsAny(topicEmpty, target('^1.14'))).toBe(false);
    expect(targetSendsAll(topicEmpty, target('1.13.6 || 1.12'))).toBe(true);
  });
});

describe('what the project runtimes do with a code, in the hover', () => {
  it('has a line per runtime naming where it came from', () => {
    const t = found(['1.13.6', 'docker-compose.yml:16'], ['>=1.13 <1.15', 'charts/app/Chart.yaml:8'], ['1.16.4', 'k8s/orders.yaml:9']);
    const text = hoverMarkdown(use('ERR_TOPIC_NAME_EMPTY'), t);
    expect(text).toContain('- Not sent by your v1.13.6 (docker-compose.yml:16): not before Dapr v1.14.0');
    expect(text).toContain('- Sent by part of your ">=1.13 <1.15" (charts/app/Chart.yaml:8): not before Dapr v1.14.0');
    expect(text).toContain('- Sent by your v1.16.4 (k8s/orders.yaml:9)');
    expect(hoverMarkdown(use('ERR_TOPIC_NAME_EMPTY'), undefined)).not.toContain('your');
  });
});

describe('found runtimes', () => {
  it('a tag that is not a version the catalog knows is a problem, the others a target', () => {
    const next = `${latest.major}.${latest.minor + 2}.0`;
    const { target: t, problems } = targetOfFound([
      { spec: 'edge', where: 'docker-compose.yml:4', says: 'docker-compose.yml:4 runs daprd edge' },
      { spec: next, where: 'k8s/a.yaml:3', says: `k8s/a.yaml:3 runs daprd ${next}` },
      { spec: '1.14.4', where: 'k8s/b.yaml:3', says: 'k8s/b.yaml:3 runs daprd 1.14.4' },
    ]);
    expect(problems).toEqual([
      'docker-compose.yml:4 runs daprd edge: "edge" is not a Dapr release; its version is not checked',
      `k8s/a.yaml:3 runs daprd ${next}: Dapr runtime version "${next}" is not covered by this catalog; its version is not checked`,
    ]);
    expect(t?.runtimes.map((r) => r.origin.where)).toEqual(['k8s/b.yaml:3']);
  });
});

describe('suggestions over several runtimes', () => {
  it('are the names any of them sends', () => {
    const t = makeTarget([...target('1.13').runtimes, ...target('1.14').runtimes]);
    expect(suggestCodes('ERR_TOPIC_EMPTI', { target: t })).toEqual(expect.arrayContaining(['ERR_TOPIC_EMPTY']));
    expect(suggestCodes('ERR_TOPIC_NAME_EMPTI', { target: t })).toEqual(expect.arrayContaining(['ERR_TOPIC_NAME_EMPTY']));
  });
});
