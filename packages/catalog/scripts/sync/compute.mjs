// Turns per-ref snapshots, the reviewed overrides and the committed data into the new data. Pure.
//
// Fields the source decides are derived on every run (DERIVED_*). Every other field (exposure, variants, docs
// listings, notes, ...) is a reviewed fact that no Dapr source file states; it is carried from the committed entry,
// and a new entry gets a neutral default and a "needs curation" line in the report.
import { ERRORCODES_GO, PREDEFINED_GO } from './extract.mjs';
import { resolveReason } from './go-source.mjs';
import { lifecycle } from './presence.mjs';
import { newestOfEachLine, nextMinorLine } from './versions.mjs';

/** Categories the catalog's types know (`src/types.ts`); a new one needs a hand edit there first. */
export const KNOWN_CATEGORIES = new Set([
  'actor', 'workflow', 'state', 'configuration', 'crypto', 'secret', 'pubsub', 'conversation', 'service-invocation',
  'binding', 'lock', 'job', 'health', 'common', 'metadata',
]);

/** Key order of a new code entry (known entries keep the order they have). */
const CODE_KEYS = [
  'code', 'category', 'alsoCategories', 'summary', 'httpStatus', 'grpcCode', 'reasons', 'messageTemplate', 'exposure',
  'status', 'sinceVersion', 'firstV1Release', 'removedInVersion', 'lastPresentIn', 'replacedBy', 'presenceIntervals',
  'inDocs', 'docs', 'sourceFiles',
];
const REASON_KEYS = [
  'reason', 'kind', 'codes', 'category', 'grpcCode', 'httpStatus', 'sinceVersion', 'removedInVersion', 'lastPresentIn',
  'replacedBy', 'inDocs', 'grpcDetails', 'errorInfoMetadataKeys', 'sourceFiles', 'notes',
];
const NO_DOCS = {
  'legacyTable_v1.0_to_v1.15': false,
  groupedTable_seed000: false,
  zhLegacyTable_seed002: false,
  referenceGuide_seed001: false,
  referenceGuide_newestStored: false,
};

/** Summaries are end-of-line comments; runs of spaces in them are typing slips, not meaning. */
const tidy = (summary) => summary.replace(/\s+/g, ' ').trim();
const unique = (values) => [...new Set(values)];

/** Writes `derived` over `base`, keeping base's key order; keys set to undefined are dropped. */
function merge(base, derived, keyOrder) {
  const out = {};
  const keys = unique([...Object.keys(base), ...keyOrder.filter((k) => k in derived), ...Object.keys(derived)]);
  for (const key of keys) {
    const value = key in derived ? derived[key] : base[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * @param {{
 *   snapshots: import('./extract.mjs').Snapshot[],
 *   uses: Map<string, Map<string, string[]>>,
 *   existingCodes: any[], existingReasons: any[],
 *   overrides: { codes: Record<string, any>, reasons: Record<string, any> },
 *   kit: Map<string, string> | null,
 * }} input
 */
export function computeCatalog({ snapshots, uses, existingCodes, existingReasons, overrides, kit }) {
  const refs = snapshots.map((s) => s.ref);
  const branch = refs[refs.length - 1];
  const master = snapshots[snapshots.length - 1];
  const latestTag = refs[refs.length - 2];
  const problems = [];
  const curation = [];
  const existingCode = new Map(existingCodes.map((e) => [e.code, e]));
  const existingReason = new Map(existingReasons.map((e) => [e.reason, e]));
  for (const [kind, entries] of [['codes', overrides.codes], ['reasons', overrides.reasons]]) {
    for (const [name, o] of Object.entries(entries)) {
      // An override is a reviewed fact; one without its evidence cannot be reviewed again.
      if (typeof o.evidence !== 'string' || o.evidence.trim() === '') problems.push(`overrides.${kind}.${name}: no evidence`);
    }
  }
  const codeOverride = (code) => overrides.codes[code] ?? {};
  const reasonOverride = (reason) => overrides.reasons[reason] ?? {};

  const newestWith = (pick) => {
    for (let i = snapshots.length - 1; i >= 0; i--) {
      const found = pick(snapshots[i]);
      if (found.length > 0) return found;
    }
    return [];
  };
  const declsOf = (s, code) => (s.declared ?? []).filter((d) => d.code === code);
  const apiErrorsOf = (s, code) => (s.apiErrors ?? []).filter((a) => a.code === code);

  /** Files that use the code's identifiers at that snapshot, or hold it as a literal outside the declaration files. */
  function usersOf(snapshot, code) {
    const idents = [...declsOf(snapshot, code).map((d) => `errorcodes.${d.ident}`), ...apiErrorsOf(snapshot, code).map((a) => `messages.${a.name}`)];
    const byIdent = uses.get(snapshot.commit) ?? new Map();
    // A declared code is found through its identifier; its literal elsewhere is another string (a bare "ERROR" is also a
    // log level or metric label).
    const literal = declsOf(snapshot, code).length > 0 ? [] : snapshot.filesOfCode.get(code) ?? [];
    return unique([...idents.flatMap((i) => byIdent.get(i) ?? []), ...literal])
      .filter((p) => p !== ERRORCODES_GO && p !== PREDEFINED_GO)
      .sort();
  }

  /** The code the same Go identifier names at `to`, when it named `code` at `from` (a rename in place). */
  function renamedTo(code, from, to, isNew) {
    const idents = [...declsOf(from, code).map((d) => d.ident), ...apiErrorsOf(from, code).map((a) => a.name)];
    const targets = unique([
      ...(to.declared ?? []).filter((d) => idents.includes(d.ident)).map((d) => d.code),
      ...(to.apiErrors ?? []).filter((a) => idents.includes(a.name)).map((a) => a.code),
    ]).filter((c) => c !== code && isNew(c));
    return targets.length === 1 ? targets[0] : null;
  }

  // ---- reasons declared in errorcodes.go (v1.15+) ----
  const suppressed = new Set(Object.entries(overrides.reasons).filter(([, o]) => o.notSent).map(([r]) => r));
  const firstWithErrorcodes = snapshots.findIndex((s) => s.declared !== null);
  const declaredReasons = unique(snapshots.flatMap((s) => (s.declared ?? []).map((d) => d.reason)))
    .filter((r) => r !== null && !suppressed.has(r));
  const derivedReasons = new Map();
  for (const reason of declaredReasons) {
    const present = snapshots.map((s) => (s.declared ?? []).some((d) => d.reason === reason));
    const life = lifecycle(refs, present);
    const decls = newestWith((s) => (s.declared ?? []).filter((d) => d.reason === reason));
    const o = reasonOverride(reason);
    let sinceVersion = life.sinceVersion;
    const codesOlder = firstWithErrorcodes > 0 && decls.some((d) => snapshots[firstWithErrorcodes - 1].codes.has(d.code));
    if (life.intervals.length === 1 && life.intervals[0][0] === refs[firstWithErrorcodes] && codesOlder) {
      // Its code is older than errorcodes.go, which cannot show whether older tags sent the reason (built by string
      // concatenation there); the hand-traced start is in the overrides.
      if (o.sinceVersion) sinceVersion = o.sinceVersion;
      else problems.push(`reason ${reason}: first seen when errorcodes.go appeared (${sinceVersion}); trace its start by hand and set overrides.reasons.${reason}.sinceVersion`);
    }
    let replacedBy = null;
    if (life.removed) {
      // A rename in place: the identifiers that declared the reason declare exactly one new reason.
      const at = refs.indexOf(life.removedInVersion);
      const idents = (snapshots[at - 1].declared ?? []).filter((d) => d.reason === reason).map((d) => d.ident);
      const before = new Set((snapshots[at - 1].declared ?? []).map((d) => d.reason));
      const successors = unique((snapshots[at].declared ?? []).filter((d) => idents.includes(d.ident) && d.reason !== null && !before.has(d.reason)).map((d) => d.reason));
      const successor = successors.length === 1 ? successors[0] : null;
      if ('replacedBy' in o) replacedBy = o.replacedBy;
      else if (successor) replacedBy = successor;
      else problems.push(`reason ${reason}: removed in ${life.removedInVersion} with no derivable successor; set overrides.reasons.${reason}.replacedBy (null for none)`);
    }
    derivedReasons.set(reason, {
      reason,
      codes: unique(decls.map((d) => d.code)),
      category: decls[0].category,
      sinceVersion,
      removedInVersion: life.removedInVersion,
      lastPresentIn: life.lastPresentIn,
      replacedBy,
    });
  }
  const reasons = [];
  for (const old of existingReasons) {
    const derived = derivedReasons.get(old.reason);
    // Reasons no errorcodes.go declares (v1.13/v1.14 concatenations, reasons equal to codes, workflow failure
    // types) were traced by hand: they are kept as reviewed.
    reasons.push(derived ? merge(old, derived, REASON_KEYS) : old);
  }
  for (const [reason, derived] of derivedReasons) {
    if (existingReason.has(reason)) continue;
    curation.push(`reason ${reason}: new; check grpcCode, httpStatus, grpcDetails, errorInfoMetadataKeys, inDocs`);
    reasons.push(merge({}, {
      reason, kind: 'errorinfo-reason', ...derived, grpcCode: null, httpStatus: null, inDocs: false,
      grpcDetails: ['ErrorInfo'], errorInfoMetadataKeys: [], sourceFiles: [ERRORCODES_GO], notes: null,
    }, REASON_KEYS));
  }
  // Reasons a rich error builds from literals and dapr/kit constants (`errors.CodePrefixPubSub+"OUTBOX"`) must be
  // known from errorcodes.go on: it does not declare them, so a new one would otherwise pass unseen. Older tags
  // build reasons from dapr's own constants too; they only serve to check the hand-traced starts.
  const checks = [];
  if (kit) {
    const known = new Set([...reasons.map((r) => r.reason), ...suppressed]);
    const built = snapshots.map((s) => new Map(s.reasonExprs.map(({ expr, path }) => [resolveReason(expr, kit, s.declared ?? [], s.reasonConsts), { expr, path }])));
    built.forEach((reasonsBuilt, i) => {
      if (i < firstWithErrorcodes || firstWithErrorcodes < 0) return;
      for (const [reason, { expr, path }] of reasonsBuilt) {
        if (reason === null || known.has(reason)) continue;
        known.add(reason);
        problems.push(`reason ${reason}: built in ${path} at ${refs[i]} (WithErrorInfo(${expr})), declared nowhere; add its entry to dapr-error-reasons.json by hand`);
      }
    });
    // The hand-traced starts of reasons older than errorcodes.go, against what the concatenations resolve to.
    for (const [reason, o] of Object.entries(overrides.reasons)) {
      if (!o.sinceVersion) continue;
      const first = built.findIndex((b) => b.has(reason));
      if (first < 0) checks.push(`reasons.${reason}.sinceVersion ${o.sinceVersion}: not checkable (no tag builds it from constants alone)`);
      else if (refs[first] === o.sinceVersion) checks.push(`reasons.${reason}.sinceVersion ${o.sinceVersion}: confirmed (first built there, ${built[first].get(reason)?.path})`);
      else problems.push(`overrides.reasons.${reason}.sinceVersion says ${o.sinceVersion}, but ${refs[first]} is the first tag building it (${built[first].get(reason)?.path})`);
    }
  }
  const activeReasonsOf = (code) => reasons.filter((r) => r.removedInVersion === null && r.kind.startsWith('errorinfo-reason') && r.codes.includes(code)).map((r) => r.reason);

  // ---- codes ----
  const inSource = unique(snapshots.flatMap((s) => [...s.codes]));
  const sourceSet = new Set(inSource);
  const entries = new Map();
  for (const code of inSource) {
    const present = snapshots.map((s) => s.codes.has(code));
    const life = lifecycle(refs, present);
    const o = codeOverride(code);
    const old = existingCode.get(code);
    if (o.docsOnly) problems.push(`code ${code}: overrides.json calls it docs-only, but the source holds it since ${life.sinceVersion}; drop docsOnly`);
    const decls = newestWith((s) => declsOf(s, code));
    const category = o.category ?? decls[0]?.category;
    const summary = o.summary ?? (decls[0] ? tidy(decls[0].summary) : undefined);
    if (category === undefined || summary === undefined) {
      problems.push(`code ${code}: no errorcodes.go declaration gives its category and summary; add them to overrides.codes.${code}`);
      continue;
    }
    if (!KNOWN_CATEGORIES.has(category)) problems.push(`code ${code}: category "${category}" is new; add it to src/types.ts and generate.mjs first`);
    const also = unique(decls.map((d) => d.category)).filter((c) => c !== category);

    const lastIndex = life.removed ? refs.indexOf(life.lastPresentIn) : snapshots.length - 1;
    const at = snapshots[lastIndex];
    const api = apiErrorsOf(at, code)[0];
    const derived = {
      code,
      category,
      summary,
      ...(also.length > 0 || old?.alsoCategories ? { alsoCategories: also } : {}),
      ...(api ? { httpStatus: api.httpStatus, grpcCode: api.grpcCode, messageTemplate: api.messageTemplate } : {}),
      sinceVersion: life.unreleased ? branch : life.sinceVersion,
      firstV1Release: life.firstV1Release,
      removedInVersion: life.removedInVersion,
      presenceIntervals: life.intervals,
    };
    if (life.removed) {
      const removedAt = snapshots[refs.indexOf(life.removedInVersion)];
      const replacedBy = 'replacedBy' in o
        ? o.replacedBy
        : renamedTo(code, at, removedAt, (c) => !at.codes.has(c) && removedAt.codes.has(c));
      if (replacedBy === null && !('replacedBy' in o)) {
        problems.push(`code ${code}: removed in ${life.removedInVersion}; no rename is derivable: set overrides.codes.${code}.replacedBy (null for none)`);
      }
      Object.assign(derived, {
        status: 'removed',
        lastPresentIn: life.lastPresentIn,
        replacedBy,
        // Files holding the literal first, then files using its identifiers (as for current codes).
        sourceFiles: unique([...(at.filesOfCode.get(code) ?? []), ...usersOf(at, code)]).map((p) => `${p} @${life.lastPresentIn}`),
      });
    } else {
      const users = usersOf(master, code);
      const heads = [...(declsOf(master, code).length > 0 ? [ERRORCODES_GO] : []), ...(api ? [PREDEFINED_GO] : [])];
      Object.assign(derived, {
        status: life.unreleased ? 'unreleased' : users.length === 0 ? 'defined-unused' : 'active',
        reasons: unique([...decls.map((d) => d.reason).filter((r) => r !== null && !suppressed.has(r)), ...activeReasonsOf(code)]),
        // A current code has no end; the keys only exist on removed entries.
        lastPresentIn: undefined,
        replacedBy: undefined,
        sourceFiles: [...heads, ...users],
      });
    }
    if (!old) {
      curation.push(`code ${code}: new; check exposure, variants, inDocs/docs, notes${api ? '' : ', httpStatus/grpcCode (no APIError)'}`);
      entries.set(code, merge({}, {
        httpStatus: null, grpcCode: null, reasons: [], messageTemplate: null,
        exposure: api ? 'http-body+grpc-status-only' : null, inDocs: false, docs: NO_DOCS, ...derived,
      }, CODE_KEYS));
    } else {
      entries.set(code, merge(old, derived, CODE_KEYS));
    }
  }
  for (const [code, o] of Object.entries(overrides.codes)) {
    if (o.docsOnly && !sourceSet.has(code)) {
      const old = existingCode.get(code);
      entries.set(code, merge(old ?? {}, {
        code, category: o.category, summary: o.summary, httpStatus: old?.httpStatus ?? null, grpcCode: old?.grpcCode ?? null,
        reasons: old?.reasons ?? [], messageTemplate: old?.messageTemplate ?? null, exposure: old?.exposure ?? null,
        status: 'docs-only', sinceVersion: null, firstV1Release: null, removedInVersion: null, presenceIntervals: [],
        inDocs: old?.inDocs ?? true, docs: old?.docs ?? NO_DOCS, sourceFiles: old?.sourceFiles ?? [],
      }, CODE_KEYS));
    } else if (!o.docsOnly && !sourceSet.has(code)) {
      problems.push(`overrides.codes.${code}: no tag or ${branch} holds this code; drop the override or mark it docsOnly`);
    }
  }
  for (const old of existingCodes) {
    if (!entries.has(old.code)) problems.push(`code ${old.code}: in the committed data but in no ref and not docs-only; it cannot be classified`);
  }

  // Current codes follow errorcodes.go on the branch; the rest keep the committed order, new ones last.
  const isCurrent = (e) => e.status !== 'removed' && e.status !== 'docs-only';
  const declaredOrder = unique((master.declared ?? []).map((d) => d.code));
  const rank = (e) => {
    const d = declaredOrder.indexOf(e.code);
    if (isCurrent(e) && d >= 0) return d;
    const known = existingCodes.findIndex((x) => x.code === e.code);
    const group = isCurrent(e) ? 1 : e.status === 'removed' ? 2 : 3;
    return group * 100_000 + (known >= 0 ? known : 50_000);
  };
  const codes = [...entries.values()].sort((a, b) => rank(a) - rank(b));

  const meta = { latestRelease: latestTag, masterLine: nextMinorLine(latestTag), daprCommit: master.commit.slice(0, 10), releaseLines: newestOfEachLine(refs.slice(0, -1)) };
  return { codes, reasons, meta, problems, curation, checks };
}
