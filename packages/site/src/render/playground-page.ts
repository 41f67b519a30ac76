// The playground's page: the editor, the version, language and config pickers and the findings list.
// `assets/playground.js` (the bundled ESLint, rules and oxc parser) does the work; without it the page
// says so. The version field takes any text: it is passed to the rules as `settings.dapr.version`, so
// whatever version forms the rules accept work here too.
import { META, sitePaths } from '@dapr-codes/catalog';
import { releaseLines } from '../model/releases.js';
import { PLAYGROUND_CONFIGS } from '../playground/lint-config.js';
import { html } from './html.js';
import type { Page } from './layout.js';

export function playgroundPage(): Page {
  const lines = [...releaseLines()].reverse();
  const versions = ['latest', ...lines.flatMap((l) => (l.newest ? [l.line, l.newest] : [l.line]))];
  // A range over the two newest release lines: what a rolling upgrade between them looks like.
  const [newer, older] = lines.filter((l) => l.newest !== null);
  const upgrade = newer && older ? `>=${older.line} <=${newer.line}` : undefined;
  const body = html`<h1>Playground</h1>
<p>Paste TypeScript or JavaScript that handles Dapr errors: the three rules of <code>@dapr-codes/eslint-plugin</code> run on it in your browser, with ESLint’s own <code>Linter</code> and the oxc parser the language server uses. Nothing is sent anywhere; the link in the address bar shares the snippet.</p>
<form class="playground-controls" id="controls">
<div><label for="language">Language</label> <select id="language" name="language"><option value="ts">TypeScript</option><option value="js">JavaScript</option></select></div>
<div><label for="version">Dapr version</label> <input id="version" name="version" list="versions" autocomplete="off" spellcheck="false" placeholder="any" aria-describedby="version-help"><datalist id="versions">${versions.map((v) => html`<option value="${v}"></option>`)}</datalist>
<p id="version-help" class="help">Empty: any runtime. A release line (<code>1.16</code>), a release (<code>${META.latestRelease}</code>), <code>latest</code>, <code>master</code>, a range${upgrade ? html` (<code>${upgrade}</code>)` : ''} or several (<code>1.14 || latest</code>): codes that one of those runtimes does not send are reported.</p></div>
<div><label for="config">Config</label> <select id="config" name="config">${PLAYGROUND_CONFIGS.map((c) => html`<option value="${c}">${c}</option>`)}</select></div>
</form>
<div class="playground">
<div class="editor-pane">
<label for="editor">Code</label>
<textarea id="editor" spellcheck="false" autocapitalize="off" autocomplete="off" rows="22" aria-describedby="editor-help"></textarea>
<p id="editor-help" class="help">Tab inserts two spaces; Escape, then Tab, moves on.</p>
</div>
<section class="findings-pane" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<p id="lint-status" role="status" aria-live="polite"><noscript>The playground needs JavaScript.</noscript>Loading the linter…</p>
<ol id="findings" class="findings"></ol>
</section>
</div>
`;
  return { path: sitePaths.playground, title: 'Playground', description: 'Lint TypeScript or JavaScript for Dapr error code mistakes in the browser', body, scripts: ['assets/playground.js'], section: 'playground' };
}
