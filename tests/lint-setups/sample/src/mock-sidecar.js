// A test double for the sidecar's HTTP error bodies.
export const errorBodies = {
  forbidden: { errorCode: 'ERR_PUBSUB_FORBIDEN', message: 'topic not allowed' },
  oldScheduler: { errorCode: 'SCHEDULER_JOB_NAME', message: 'job name missing' },
  // Sent since Dapr 1.18: the project's 1.16 sidecar (docker-compose.yml) never sends it.
  reservedType: { errorCode: 'ERR_ACTOR_TYPE_RESERVED', message: 'actor type is reserved' },
};
