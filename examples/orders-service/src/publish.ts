import axios from 'axios';

export async function publishOrder(order: { id: string }): Promise<void> {
  try {
    await axios.post(`http://localhost:${process.env.DAPR_HTTP_PORT}/v1.0/publish/pubsub/orders`, order);
  } catch (err) {
    if (axios.isAxiosError(err) && err.code === 'ERR_NETWORK') throw err; // axios's own code: not Dapr's
    const errorCode = axios.isAxiosError(err) ? err.response?.data?.errorCode : undefined;
    if (errorCode === 'ERR_TOPIC_EMPTY' || errorCode === 'ERR_PUBSUB_NOT_FOUND') {
      throw new Error(`publish failed: ${errorCode}`);
    }
  }
}
