import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeploymentDetector } from '../src/index.js';
import { tree } from './tree.js';

const detect = (files: Record<string, string>, file = 'src/app.ts') => {
  const dir = tree({ 'package.json': '{"name":"app"}', 'src/app.ts': '', ...files });
  return new DeploymentDetector().detect(join(dir, file));
};
const says = (files: Record<string, string>, file?: string) => detect(files, file).runtimes.map((r) => r.says);

describe('docker compose', () => {
  it('reads the daprd image of a sidecar service, from Docker Hub or GHCR, with a suffix or a variable default', () => {
    expect(
      says({
        'docker-compose.yml': [
          'services:',
          '  orders:',
          '    build: ./orders',
          '  orders-dapr:',
          '    image: "daprio/daprd:1.13.6"',
          '    command: ["./daprd", "-app-id", "orders"]',
          '    network_mode: "service:orders"',
          '  checkout-dapr:',
          '    image: ghcr.io/dapr/daprd:1.13.6-mariner',
          '  placement:',
          '    image: "daprio/dapr:1.13.6"',
          '    command: ["./placement", "-port", "50006"]',
          '  legacy-dapr:',
          '    image: daprio/dapr:1.12.0',
          '    command: ["./daprd", "-app-id", "legacy"]',
          '  env-dapr:',
          '    image: "daprio/daprd:${DAPR_VERSION:-1.13.5}"',
          '  redis:',
          '    image: redis:7',
        ].join('\n'),
      }),
    ).toEqual([
      // one runtime per version and file: the second 1.13.6 sidecar (line 9) is the same runtime
      'docker-compose.yml:5 runs daprd 1.13.6',
      'docker-compose.yml:14 runs daprd 1.12.0',
      'docker-compose.yml:17 runs daprd 1.13.5',
    ]);
  });

  it('takes a variable from the .env file beside the compose file, and says a tag that is no version as it is', () => {
    expect(says({ 'deploy/compose.yaml': 'services:\n  a-dapr:\n    image: daprio/daprd:${DAPR_RUNTIME}\n', 'deploy/.env': 'DAPR_RUNTIME=1.14.4\n' })).toEqual(['deploy/compose.yaml:3 runs daprd 1.14.4']);
    expect(says({ 'docker-compose.yml': 'services:\n  a-dapr:\n    image: "daprio/daprd:edge"\n' })).toEqual(['docker-compose.yml:3 runs daprd edge']);
  });
});

describe('Kubernetes and Helm', () => {
  it('reads the sidecar-image annotation (and the older dapr.io/image), a private build too', () => {
    const manifest = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      '        dapr.io/enabled: "true"',
      '        dapr.io/sidecar-image: "daprio/daprd:1.16.4"',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      '        dapr.io/image: "myregistry.azurecr.io/dapr-sidecar:1.16.2"',
    ].join('\n');
    expect(says({ 'k8s/orders.yaml': manifest })).toEqual(['k8s/orders.yaml:8 runs daprd 1.16.4', 'k8s/orders.yaml:16 runs daprd 1.16.2']);
  });

  it('reads a chart dependency on dapr (a range too) and the tag its values set', () => {
    const chart = 'apiVersion: v2\nname: shop\ndependencies:\n  - name: redis\n    version: 18.0.0\n  - name: dapr\n    version: "~1.15.0"\n    repository: https://dapr.github.io/helm-charts/\n';
    expect(says({ 'charts/shop/Chart.yaml': chart, 'charts/shop/values.yaml': 'dapr:\n  global:\n    tag: "1.15.3"\n' })).toEqual([
      'charts/shop/Chart.yaml:7 depends on the dapr chart ~1.15.0',
      "charts/shop/values.yaml:3 sets the dapr chart's global.tag to 1.15.3",
    ]);
  });
});

describe('scripts and CI workflows', () => {
  it('reads helm upgrade --install dapr/dapr --version and dapr init --runtime-version, with the variables the script sets', () => {
    const script = [
      '#!/usr/bin/env bash',
      'DAPR_VERSION=${DAPR_VERSION:-1.14.4}',
      '# dapr init --runtime-version 1.0.0 (a comment)',
      'helm upgrade --install dapr dapr/dapr \\',
      '  --version=$DAPR_VERSION --namespace dapr-system --wait',
      'dapr init -k --runtime-version "1.14.3"',
    ].join('\n');
    expect(says({ 'scripts/deploy.sh': script })).toEqual(['scripts/deploy.sh:4 installs the dapr chart 1.14.4', 'scripts/deploy.sh:6 installs Dapr 1.14.3']);
  });

  it('resolves a workflow env entry, a matrix of runtimes and an env file an action loads', () => {
    const workflow = [
      'name: e2e',
      'env:',
      "  DAPR_RUNTIME_VER: ${{ github.event.inputs.dapr_runtime_ver || '1.16.12' }}",
      'jobs:',
      '  e2e:',
      '    strategy:',
      '      matrix:',
      '        dapr: ["1.15.9", "1.16.2"]',
      '    steps:',
      '      - uses: some/export-env-action@v2',
      '        with:',
      "          envFile: './.github/env/global.env'",
      '      - run: |',
      '          dapr init --runtime-version=${{ env.DAPR_RUNTIME_VER }}',
      '          dapr init --runtime-version ${{ matrix.dapr }}',
      '          dapr init --runtime-version=${{ env.DAPR_RUNTIME_VERSION }}',
    ].join('\n');
    expect(says({ '.github/workflows/e2e.yml': workflow, '.github/env/global.env': 'DAPR_CLI_VERSION: 1.17.0\nDAPR_RUNTIME_VERSION: 1.17.0\n' })).toEqual([
      // line 3 sets DAPR_RUNTIME_VER to the 1.16.12 that line 14 installs: one runtime, said by the command
      '.github/workflows/e2e.yml:14 installs Dapr 1.16.12',
      '.github/workflows/e2e.yml:15 installs Dapr 1.15.9',
      '.github/workflows/e2e.yml:15 installs Dapr 1.16.2',
      '.github/workflows/e2e.yml:16 installs Dapr 1.17.0',
    ]);
  });

  it('reads package.json scripts and Dockerfiles', () => {
    const pkg = JSON.stringify({ name: 'app', scripts: { 'dapr:init': 'dapr init --runtime-version 1.15.5 --slim' } }, null, 2);
    expect(says({ 'package.json': pkg, 'sidecar/Dockerfile': 'ARG DAPR=1.15.5\nFROM daprio/daprd:${DAPR}\n' })).toEqual(['package.json:4 installs Dapr 1.15.5', 'sidecar/Dockerfile:2 runs daprd 1.15.5']);
  });

  it('takes a DAPR_RUNTIME_VER(SION) entry of a CI env map as a runtime', () => {
    const workflow = "env:\n  DAPR_RUNTIME_VER: ${{ github.event.inputs.v || '1.16.12' }}\njobs:\n  e2e:\n    steps:\n      - run: npm run test:e2e\n        env:\n          DAPR_RUNTIME_VER: ${{ env.DAPR_RUNTIME_VER }}\n";
    expect(says({ '.github/workflows/e2e.yml': workflow })).toEqual(['.github/workflows/e2e.yml:2 sets DAPR_RUNTIME_VER to 1.16.12']);
  });

  it('says a version that comes from outside the repository, when nothing else states one', () => {
    const d = detect({ 'deploy.sh': 'dapr init --runtime-version $1\nhelm install dapr dapr/dapr --version "$CHART"\n' });
    expect(d.runtimes).toEqual([]);
    expect(d.problems).toEqual([
      'deploy.sh:1 installs Dapr $1: 1 is not set in the repository; its version is not checked',
      'deploy.sh:2 installs the dapr chart $CHART: CHART is not set in the repository; its version is not checked',
    ]);
  });
});

describe('Testcontainers', () => {
  it('reads daprd images in test setup sources, with a constant or an env default', () => {
    const setup = [
      "import { GenericContainer } from 'testcontainers';",
      "const DAPR_VERSION = process.env.DAPR_RUNTIME_VER || '1.15.4';",
      'export const daprd = () => new GenericContainer(`daprio/daprd:${DAPR_VERSION}`);',
      "export const other = () => new GenericContainer(`daprio/daprd:${process.env.V ?? '1.15.3'}`);",
    ].join('\n');
    expect(says({ 'test/e2e/containers.ts': setup, 'src/orders.ts': "const image = 'daprio/daprd:9.9.9';" })).toEqual([
      'test/e2e/containers.ts:3 runs daprd 1.15.4',
      'test/e2e/containers.ts:4 runs daprd 1.15.3',
    ]);
  });
});

describe('what is read', () => {
  it('skips node_modules, build output and what .gitignore ignores', () => {
    const compose = 'services:\n  a:\n    image: daprio/daprd:1.12.0\n';
    expect(says({ 'node_modules/x/docker-compose.yml': compose, 'dist/docker-compose.yml': compose, 'generated/docker-compose.yml': compose, '.gitignore': 'generated/\n' })).toEqual([]);
  });

  it('a project with no deployment file has no runtimes and no problems', () => {
    expect(detect({ 'README.md': 'daprio/daprd:1.14.0', 'config.yaml': 'dapr: {}\n' })).toEqual({ root: undefined, runtimes: [], problems: [] });
  });

  it('a YAML file that does not parse is skipped', () => {
    expect(says({ 'docker-compose.yml': 'services:\n  a:\n    image: "daprio/daprd:1.12.0\n  : [' })).toEqual([]);
  });
});

describe('monorepos', () => {
  it('each package gets the versions nearest to it; a package that states none gets the repository’s', () => {
    const dir = tree({
      'package.json': '{"name":"shop","private":true,"workspaces":["services/*"]}',
      'deploy/k8s/orders.yaml': 'metadata:\n  annotations:\n    dapr.io/sidecar-image: daprio/daprd:1.16.4\n',
      'services/orders/package.json': '{"name":"orders"}',
      'services/orders/src/a.ts': '',
      'services/legacy/package.json': '{"name":"legacy"}',
      'services/legacy/docker-compose.yml': 'services:\n  legacy-dapr:\n    image: daprio/daprd:1.13.6\n',
      'services/legacy/src/b.ts': '',
    });
    const detector = new DeploymentDetector();
    expect(detector.detect(join(dir, 'services/orders/src/a.ts')).runtimes.map((r) => r.says)).toEqual(['deploy/k8s/orders.yaml:3 runs daprd 1.16.4']);
    expect(detector.detect(join(dir, 'services/legacy/src/b.ts')).runtimes.map((r) => r.says)).toEqual(['services/legacy/docker-compose.yml:3 runs daprd 1.13.6']);
  });

  it('forgets a root when one of its files changes', async () => {
    const dir = tree({ 'package.json': '{}', 'docker-compose.yml': 'services:\n  a:\n    image: daprio/daprd:1.13.6\n' });
    const detector = new DeploymentDetector();
    expect(detector.detect(dir).runtimes.map((r) => r.spec)).toEqual(['1.13.6']);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  a:\n    image: daprio/daprd:1.14.0\n');
    expect(detector.detect(dir).runtimes.map((r) => r.spec)).toEqual(['1.13.6']);
    detector.invalidate(join(dir, 'docker-compose.yml'));
    expect(detector.detect(dir).runtimes.map((r) => r.spec)).toEqual(['1.14.0']);
  });
});

describe('this repository', () => {
  it('states no Dapr runtime outside its fixtures: test fixtures that climb to it stay unversioned', () => {
    // The fixtures with deployment files are roots of their own; a test source at the top of the
    // repository holding an image string would give every other fixture that runtime.
    const top = join(import.meta.dirname, '../../..');
    expect(new DeploymentDetector().detect(top)).toEqual({ root: undefined, runtimes: [], problems: [] });
  });
});

describe('bounds', () => {
  it('reads at most maxFiles files per root, the likely deployment files first, and says when it stopped', () => {
    const files: Record<string, string> = { 'package.json': '{}', 'docker-compose.yml': 'services:\n  a-dapr:\n    image: daprio/daprd:1.16.4\n' };
    for (let i = 0; i < 50; i++) files[`config/app${i}.yaml`] = `name: app${i}\n`;
    for (let i = 0; i < 50; i++) files[`test/e2e/case${i}.test.ts`] = `it('works', () => {});\n`;
    const dir = tree(files);
    const detector = new DeploymentDetector({ limits: { maxFiles: 10 } });
    const d = detector.detect(dir);
    expect(d.runtimes.map((r) => r.says)).toEqual(['docker-compose.yml:3 runs daprd 1.16.4']);
    expect(d.problems).toEqual(['stopped reading . after 10 files; set the version to be sure']);
    expect(detector.rootFindings(dir)).toMatchObject({ filesRead: 10, truncated: true });
  });
});
