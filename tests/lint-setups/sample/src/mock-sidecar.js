// A test double for the sidecar's HTTP error bodies.
export const errorBodies = {
  forbidden: { errorCode: 'ERR_PUBSUB_FORBIDEN', message: 'topic not allowed' },
  oldScheduler: { errorCode: 'SCHEDULER_JOB_NAME', message: 'job name missing' },
};
