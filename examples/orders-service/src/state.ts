import { DaprClient } from '@dapr/dapr';

interface DaprErrorBody {
  errorCode: string;
  message: string;
}

// Reads an order; the sidecar answers ERR_STATE_STORE_NOT_FOUND when the component is missing.
export async function loadOrder(client: DaprClient, id: string): Promise<unknown> {
  try {
    return await client.state.get('orders', id);
  } catch (err) {
    const body = JSON.parse(JSON.parse((err as Error).message).error_msg) as DaprErrorBody;
    if (body.errorCode === 'ERR_STATE_STORE_NOTFOUND') {
      throw new Error('state store "orders" is not configured');
    }
    if (body.errorCode === 'ERR_GET_STATE') {
      return undefined;
    }
    throw err;
  }
}

export function retryable(body: DaprErrorBody): boolean {
  switch (body.errorCode) {
    case 'ERR_STATE_GET':
    case 'ERR_STATE_SAVE':
      return true;
    case 'ERR_STATE_STORE_NOT_FOUND':
      return false;
  }
  return false;
}
