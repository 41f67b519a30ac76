// CommonJS helper from an older service.
module.exports.isGone = (error) => error.errorCode === 'ERR_GET_STATE';
module.exports.isLocked = (error) => error.code === 'ERR_PNPM_LOCKFILE_BREAKING_CHANGE';
