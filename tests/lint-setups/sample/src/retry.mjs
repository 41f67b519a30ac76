// Retries: which Dapr codes are worth another try.
export const RETRYABLE = ['ERR_ACTOR_INVOKE_METHOD', 'ERR_DIRECT_INVOKE'];

export function shouldRetry(error) {
  return RETRYABLE.includes(error.errorCode) || error.errorCode === 'ERR_ACTOR_REMINDR_GET';
}

// A named constant compared with the errorCode, and a case-folded search through a variable.
const UNLOCK_FAILED = 'ERR_UNLOKC';
export const isUnlockFailure = (error) => error.errorCode === UNLOCK_FAILED;

export function isDirectInvokeFailure(text) {
  const normalized = text.toLowerCase();
  return normalized.includes('err_direct_invok');
}
