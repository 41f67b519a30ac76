// Retries: which Dapr codes are worth another try.
export const RETRYABLE = ['ERR_ACTOR_INVOKE_METHOD', 'ERR_DIRECT_INVOKE'];

export function shouldRetry(error) {
  return RETRYABLE.includes(error.errorCode) || error.errorCode === 'ERR_ACTOR_REMINDR_GET';
}
