#!/usr/bin/env node
// The catalog at work: look codes up, suggest for typos, filter by runtime version, parse an SDK error.
import { getCode, getCodesInVersion, parseDaprError, suggestCodes } from '@dapr-codes/catalog';

const show = (label, value) => console.log(`${label.padEnd(44)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
const state = getCode('ERR_STATE_STORE_NOT_FOUND');
show('ERR_STATE_STORE_NOT_FOUND', `${state.summary}; HTTP ${state.httpStatus}, gRPC ${state.grpcCode}, reasons ${state.reasons}`);
const removed = getCode('ERR_TOPIC_EMPTY');
show('ERR_TOPIC_EMPTY', `${removed.status} in ${removed.removedInVersion}, use ${removed.replacedBy}`);
for (const typo of ['ERR_STATE_STORE_NOTFOUND', 'ERR_STORE_STATE_NOT_FOUND', 'err_direct_invoke', 'STATE_STORE_NOT_FOUND', 'ERR_INVALID_ARG_TYPE']) {
  show(`did you mean (${typo})`, suggestCodes(typo));
}
show('codes in 1.13 / 1.14 / master', [getCodesInVersion('1.13').length, getCodesInVersion('1.14').length, getCodesInVersion('master').length]);
const sdkError = new Error(JSON.stringify({ error: 'Bad Request', error_msg: JSON.stringify({ errorCode: 'ERR_PUBSUB_NOT_FOUND', message: 'pubsub orders not found' }), status: 404 }));
const parsed = parseDaprError(sdkError);
show('parseDaprError(SDK error)', { code: parsed.code, httpStatus: parsed.httpStatus, message: parsed.message });
