import { DaprClient } from '@dapr/dapr';
import { getCode, parseDaprError, suggestCodes } from '@dapr-codes/catalog';

const client = new DaprClient();

export async function getOrder(id: string): Promise<unknown> {
  try {
    return await client.state.get('orders', id);
  } catch (err) {
    // From a daprd HTTP body, the SDK's JSON-in-message Error or a gRPC ErrorInfo; undefined otherwise.
    const dapr = parseDaprError(err);
    switch (dapr?.code) {
      case 'ERR_STATE_STORE_NOT_FOUND': // the editor offers the codes; a misspelled one does not compile
        console.warn(dapr.entry.summary, dapr.reason); // narrowed: a known code, with its catalog entry
        return undefined;
      default:
        throw err; // not from Dapr, not handled here, or a code this catalog does not know (dapr.rawCode)
    }
  }
}

getCode('ERR_TOPIC_EMPTY')?.replacedBy; // 'ERR_TOPIC_NAME_EMPTY'
suggestCodes('ERR_STORE_STATE_NOT_FOUND'); // ['ERR_STATE_STORE_NOT_FOUND', ...]
