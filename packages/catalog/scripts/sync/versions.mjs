// Release tags and their order. Pure.

const RELEASE_RE = /^v(\d+)\.(\d+)\.(\d+)$/;

/** A release tag is `vX.Y.Z`; pre-releases (`-rc.N`, `-alpha.N`) never reach users as a version, so they are left out. */
export function isReleaseTag(tag) {
  return RELEASE_RE.test(tag);
}

/** @returns {[number, number, number]} */
function parts(tag) {
  const m = RELEASE_RE.exec(tag);
  if (!m) throw new Error(`not a release tag: ${tag}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Version order (not tag date order: v1.16.19 comes before v1.17.0 although it was tagged later). */
export function compareTags(a, b) {
  const pa = parts(a);
  const pb = parts(b);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** The line master develops: the minor after the newest release. */
export function nextMinorLine(tag) {
  const [major, minor] = parts(tag);
  return `${major}.${minor + 1}`;
}

export function isV1OrLater(tag) {
  return parts(tag)[0] >= 1;
}

/** The newest tag of each minor line (`v1.16.19` for 1.16), in version order: the lines a runtime can be. Tags come sorted. */
export function newestOfEachLine(tags) {
  const newest = new Map();
  for (const tag of tags) {
    const [major, minor] = parts(tag);
    newest.set(`${major}.${minor}`, tag);
  }
  return [...newest.values()];
}
