// A mock sidecar for tests, in plain JavaScript.
export const responses = {
  missingStore: { status: 400, body: '{"errorCode":"ERR_STATE_STORE_NOT_FOUND","message":"state store orders is not found"}' },
  forbidden: { status: 403, body: { errorCode: 'ERR_PUBSUB_FORBIDEN', message: 'topic orders is not allowed' } },
};

export function isMissingStore(error) {
  return String(error.message).toLowerCase().includes('err_state_store_not_found');
}
