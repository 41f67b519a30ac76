// Publishing: a removed code the runtime renamed in v1.14.
export function isEmptyTopic(body: { errorCode?: string }): boolean {
  return body.errorCode === 'ERR_TOPIC_EMPTY';
}
