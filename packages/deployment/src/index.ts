export { DeploymentDetector, mayStateVersion, type Detection, type DetectorOptions, type RootFindings } from './detect.js';
export { projectOf, takeSnapshot, type DeploymentSnapshot, type ProjectDeployments } from './snapshot.js';
export { rootChain } from './roots.js';
export { DEFAULT_LIMITS, type Limits } from './walk.js';
export { TargetResolver, type ProjectTarget } from './resolve.js';
