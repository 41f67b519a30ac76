import {
  getCode, isDaprErrorCode, getReason, suggestCodes, getCodesInVersion, parseDaprError,
  type DaprErrorCode, type DaprStateErrorCode, type DaprErrorReason,
} from '@dapr-codes/catalog';

getCode('ERR_STATE_STORE_NOT_FOUND'); // { category: 'state', httpStatus: 400, grpcCode: 'InvalidArgument', reasons: ['DAPR_STATE_NOT_FOUND'], ... }
isDaprErrorCode('ERR_TOPIC_EMPTY');    // false: removed in v1.14.0 (getCode still knows it)
suggestCodes('err_state_store_notfound'); // ['ERR_STATE_STORE_NOT_FOUND']
getCodesInVersion('1.13').some((c) => c.code === 'ERR_TOPIC_EMPTY'); // true
