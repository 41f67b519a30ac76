// Orders: reads state through the Dapr sidecar and branches on its errorCode.
interface DaprErrorBody {
  errorCode: string;
  message: string;
}

export function classify(body: DaprErrorBody): 'missing' | 'retry' | 'fail' {
  if (body.errorCode === 'ERR_STATE_STORE_NOTFOUND') {
    return 'missing';
  }
  switch (body.errorCode) {
    case 'ERR_STATE_GET':
    case 'ERR_STATE_SAVE':
      return 'retry';
  }
  return 'fail';
}

// Not Dapr's: axios's and Node's own codes, and an environment variable.
export const traps = (err: { code?: string }) => err.code === 'ERR_BAD_REQUEST' || err.code === 'ERR_INVALID_ARG_TYPE' || process.env.DAPR_HTTP_PORT;
