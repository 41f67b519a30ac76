// Jobs, compiled to CommonJS: a typo in an ErrorInfo reason from a gRPC error's details.
interface ErrorInfo {
  reason: string;
  domain: string;
}

export function isMissingState(err: { errorInfo?: ErrorInfo }): boolean {
  return err.errorInfo?.reason === 'DAPR_STATE_NOTFOUND';
}
