// The review report: what each version changed, and what this run changes in the committed data. Pure.

const key = (a) => `${a.httpStatus}/${a.grpcCode}`;

/**
 * Per ref: codes and reasons added and removed (renames paired through `replacedBy`), and changed statuses of a
 * code's first APIError between two refs that both have predefined.go. Reasons are read from errorcodes.go, so the
 * ref where it appears lists the reasons it starts with, whatever older tags sent.
 * @param {import('./extract.mjs').Snapshot[]} snapshots
 * @param {{ code: string, replacedBy?: string | null }[]} codes computed entries
 * @param {{ reason: string, replacedBy: string | null }[]} reasons computed entries
 * @param {Set<string>} notSent reasons errorcodes.go declares that no ErrorInfo carries
 */
export function versionChanges(snapshots, codes, reasons, notSent) {
  /** @type {Map<string, string>} codes and reasons (disjoint names) → their successor */
  const replacement = new Map();
  for (const c of codes) if (c.replacedBy) replacement.set(c.code, c.replacedBy);
  for (const r of reasons) if (r.replacedBy) replacement.set(r.reason, r.replacedBy);
  const isRenameTarget = (from, added) => replacement.has(from) && added.includes(replacement.get(from) ?? '');
  const renames = (gone, added) => gone.filter((c) => isRenameTarget(c, added)).map((c) => ({ from: c, to: replacement.get(c) ?? '' }));
  const reasonsOf = (s) => new Set((s.declared ?? []).map((d) => d.reason).filter((r) => r !== null && !notSent.has(r)));
  const changes = [];
  for (let i = 0; i < snapshots.length; i++) {
    if (i === 0) {
      changes.push({ ...noChange(snapshots[0].ref), codesAdded: [...snapshots[0].codes].sort(), reasonsAdded: [...reasonsOf(snapshots[0])].sort() });
      continue;
    }
    const prev = snapshots[i - 1];
    const cur = snapshots[i];
    const added = [...cur.codes].filter((c) => !prev.codes.has(c)).sort();
    const gone = [...prev.codes].filter((c) => !cur.codes.has(c)).sort();
    const renamed = renames(gone, added);
    const renamedTo = new Set(renamed.map((r) => r.to));
    const prevReasons = reasonsOf(prev);
    const curReasons = reasonsOf(cur);
    const reasonsAdded = [...curReasons].filter((r) => !prevReasons.has(r)).sort();
    const reasonsGone = [...prevReasons].filter((r) => !curReasons.has(r)).sort();
    const reasonsRenamed = renames(reasonsGone, reasonsAdded);
    const statuses = [];
    if (prev.apiErrors && cur.apiErrors) {
      for (const code of [...cur.codes].sort()) {
        const before = prev.apiErrors.find((a) => a.code === code);
        const after = cur.apiErrors.find((a) => a.code === code);
        if (before && after && key(before) !== key(after)) statuses.push({ code, from: key(before), to: key(after) });
      }
    }
    const change = {
      ref: cur.ref,
      codesAdded: added.filter((c) => !renamedTo.has(c)),
      codesRemoved: gone.filter((c) => !isRenameTarget(c, added)),
      codesRenamed: renamed,
      reasonsAdded: reasonsAdded.filter((r) => !reasonsRenamed.some((x) => x.to === r)),
      reasonsRemoved: reasonsGone.filter((r) => !isRenameTarget(r, reasonsAdded)),
      reasonsRenamed,
      statusChanges: statuses,
    };
    const empty = Object.entries(change).every(([k, v]) => k === 'ref' || v.length === 0);
    if (!empty) changes.push(change);
  }
  return changes;
}

function noChange(ref) {
  return { ref, codesAdded: [], codesRemoved: [], codesRenamed: [], reasonsAdded: [], reasonsRemoved: [], reasonsRenamed: [], statusChanges: [] };
}

/** Entries added, dropped or changed (by field) between the committed and the computed data. */
export function dataChanges(before, after, id) {
  const old = new Map(before.map((e) => [e[id], e]));
  const now = new Map(after.map((e) => [e[id], e]));
  const changed = [];
  for (const [name, entry] of now) {
    const prev = old.get(name);
    if (!prev) continue;
    const fields = [...new Set([...Object.keys(prev), ...Object.keys(entry)])]
      .filter((f) => JSON.stringify(prev[f]) !== JSON.stringify(entry[f]));
    if (fields.length > 0) changed.push({ name, fields: fields.map((f) => ({ field: f, from: prev[f], to: entry[f] })) });
  }
  return {
    added: [...now.keys()].filter((n) => !old.has(n)),
    dropped: [...old.keys()].filter((n) => !now.has(n)),
    changed,
    reordered: JSON.stringify([...old.keys()]) !== JSON.stringify([...now.keys()]),
  };
}

const list = (label, items) => (items.length > 0 ? [`  ${label}: ${items.join(', ')}`] : []);
const show = (v) => (v === undefined ? '(none)' : JSON.stringify(v));

/** The report as text lines. */
export function formatReport({ source, changes, codeDiff, reasonDiff, curation, checks, problems }) {
  const lines = ['# Dapr catalog sync', '', source, '', '## Changes by version (version order; each ref against the one before, the first lists what it starts with)'];
  for (const c of changes) {
    lines.push(`${c.ref}:`,
      ...list('codes added', c.codesAdded),
      ...list('codes removed', c.codesRemoved),
      ...list('codes renamed', c.codesRenamed.map((r) => `${r.from} → ${r.to}`)),
      ...list('reasons added', c.reasonsAdded),
      ...list('reasons removed', c.reasonsRemoved),
      ...list('reasons renamed', c.reasonsRenamed.map((r) => `${r.from} → ${r.to}`)),
      ...list('status changed (HTTP/gRPC)', c.statusChanges.map((s) => `${s.code} ${s.from} → ${s.to}`)));
  }
  lines.push('', '## Against the committed data');
  for (const [label, diff] of [['codes', codeDiff], ['reasons', reasonDiff]]) {
    if (diff.added.length + diff.dropped.length + diff.changed.length === 0 && !diff.reordered) {
      lines.push(`${label}: unchanged`);
      continue;
    }
    lines.push(`${label}:`, ...list('added', diff.added), ...list('dropped', diff.dropped));
    if (diff.reordered) lines.push('  order changed');
    for (const c of diff.changed) {
      for (const f of c.fields) lines.push(`  ${c.name}.${f.field}: ${show(f.from)} → ${show(f.to)}`);
    }
  }
  if (checks.length > 0) lines.push('', '## Overrides checked against the source', ...checks.map((c) => `- ${c}`));
  if (curation.length > 0) lines.push('', '## Needs curation (fields no source states; defaults were written)', ...curation.map((c) => `- ${c}`));
  if (problems.length > 0) lines.push('', '## Cannot classify (nothing was written)', ...problems.map((p) => `- ${p}`));
  return lines;
}
