// What the playground shows before anything is pasted: handling code with the mistakes the rules
// catch (a misspelled code, a code from another runtime line, a switch that misses cases).
export const DEFAULT_SNIPPET = `import { parseDaprError } from '@dapr-codes/catalog';

export async function loadOrder(request: () => Promise<unknown>) {
  try {
    return await request();
  } catch (err) {
    const dapr = parseDaprError(err);
    if (dapr?.code === 'ERR_STATE_STORE_NOTFOUND') return undefined;
    switch (dapr?.code) {
      case 'ERR_PUBSUB_NOT_FOUND':
      case 'ERR_TOPIC_EMPTY':
        return undefined;
    }
    throw err;
  }
}
`;
