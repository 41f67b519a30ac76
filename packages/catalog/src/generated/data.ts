// GENERATED FILE: do not edit. Source: packages/catalog/data/*.json;
// regenerate with `pnpm --filter @dapr-codes/catalog run generate`. test/generated.test.ts fails on drift.
import type { CatalogMeta, CodeEntry, ForeignFamily, ReasonEntry } from '../types.js';

/** Codes in the current runtime source (active, defined-but-unused, unreleased). */
export const CURRENT_CODES = [
  "ERR_ACTOR_INSTANCE_MISSING",
  "ERR_ACTOR_INVOKE_METHOD",
  "ERR_ACTOR_RUNTIME_NOT_FOUND",
  "ERR_ACTOR_STATE_GET",
  "ERR_ACTOR_STATE_TRANSACTION_SAVE",
  "ERR_ACTOR_REMINDER_CREATE",
  "ERR_ACTOR_REMINDER_DELETE",
  "ERR_ACTOR_REMINDER_GET",
  "ERR_ACTOR_REMINDER_NON_HOSTED",
  "ERR_ACTOR_TYPE_RESERVED",
  "ERR_ACTOR_REMINDER_NOT_FOUND",
  "ERR_ACTOR_REMINDER_ALREADY_EXISTS",
  "ERR_ACTOR_TIMER_CREATE",
  "ERR_ACTOR_NO_APP_CHANNEL",
  "ERR_ACTOR_STACK_DEPTH",
  "ERR_ACTOR_NO_PLACEMENT",
  "ERR_ACTOR_RUNTIME_CLOSED",
  "ERR_ACTOR_NAMESPACE_REQUIRED",
  "ERR_ACTOR_NO_ADDRESS",
  "ERR_GET_WORKFLOW",
  "ERR_START_WORKFLOW",
  "ERR_PAUSE_WORKFLOW",
  "ERR_RESUME_WORKFLOW",
  "ERR_TERMINATE_WORKFLOW",
  "ERR_PURGE_WORKFLOW",
  "ERR_RAISE_EVENT_WORKFLOW",
  "ERR_WORKFLOW_COMPONENT_MISSING",
  "ERR_WORKFLOW_COMPONENT_NOT_FOUND",
  "ERR_WORKFLOW_EVENT_NAME_MISSING",
  "ERR_WORKFLOW_NAME_MISSING",
  "ERR_INSTANCE_ID_INVALID",
  "ERR_INSTANCE_ID_NOT_FOUND",
  "ERR_INSTANCE_ID_PROVIDED_MISSING",
  "ERR_INSTANCE_ID_TOO_LONG",
  "ERR_WORKFLOW_APP_ID_INVALID",
  "ERR_STATE_TRANSACTION",
  "ERR_STATE_SAVE",
  "ERR_STATE_GET",
  "ERR_STATE_DELETE",
  "ERR_STATE_BULK_DELETE",
  "ERR_STATE_BULK_GET",
  "ERR_NOT_SUPPORTED_STATE_OPERATION",
  "ERR_STATE_QUERY",
  "ERR_STATE_STORE_NOT_FOUND",
  "ERR_STATE_STORE_NOT_CONFIGURED",
  "ERR_STATE_STORE_NOT_SUPPORTED",
  "ERR_STATE_STORE_TOO_MANY_TRANSACTIONS",
  "ERR_MALFORMED_REQUEST",
  "ERR_CONFIGURATION_GET",
  "ERR_CONFIGURATION_STORE_NOT_CONFIGURED",
  "ERR_CONFIGURATION_STORE_NOT_FOUND",
  "ERR_CONFIGURATION_SUBSCRIBE",
  "ERR_CONFIGURATION_UNSUBSCRIBE",
  "ERR_CRYPTO",
  "ERR_CRYPTO_KEY",
  "ERR_CRYPTO_PROVIDER_NOT_FOUND",
  "ERR_CRYPTO_PROVIDERS_NOT_CONFIGURED",
  "ERR_SECRET_GET",
  "ERR_SECRET_STORE_NOT_FOUND",
  "ERR_SECRET_STORES_NOT_CONFIGURED",
  "ERR_PERMISSION_DENIED",
  "ERR_PUBSUB_EMPTY",
  "ERR_PUBSUB_NOT_FOUND",
  "ERR_PUBSUB_NOT_CONFIGURED",
  "ERR_TOPIC_NAME_EMPTY",
  "ERR_PUBSUB_FORBIDDEN",
  "ERR_PUBSUB_PUBLISH_MESSAGE",
  "ERR_PUBSUB_REQUEST_METADATA",
  "ERR_PUBSUB_CLOUD_EVENTS_SER",
  "ERR_PUBSUB_EVENTS_SER",
  "ERR_PUBLISH_OUTBOX",
  "ERR_CONVERSATION_INVALID_PARMS",
  "ERR_CONVERSATION_INVOKE",
  "ERR_CONVERSATION_MISSING_INPUTS",
  "ERR_CONVERSATION_NOT_FOUND",
  "ERR_DIRECT_INVOKE",
  "ERR_INVOKE_OUTPUT_BINDING",
  "ERR_LOCK_STORE_NOT_CONFIGURED",
  "ERR_LOCK_STORE_NOT_FOUND",
  "ERR_TRY_LOCK",
  "ERR_UNLOCK",
  "ERR_HEALTH_NOT_READY",
  "ERR_HEALTH_APPID_NOT_MATCH",
  "ERR_OUTBOUND_HEALTH_NOT_READY",
  "ERR_API_UNIMPLEMENTED",
  "ERR_APP_CHANNEL_NIL",
  "ERR_BAD_REQUEST",
  "ERR_BODY_READ",
  "ERR_INTERNAL",
  "ERR_MALFORMED_REQUEST_DATA",
  "ERR_MALFORMED_RESPONSE",
  "DAPR_SCHEDULER_SCHEDULE_JOB",
  "DAPR_SCHEDULER_JOB_NAME",
  "DAPR_SCHEDULER_JOB_NAME_EMPTY",
  "DAPR_SCHEDULER_GET_JOB",
  "DAPR_SCHEDULER_LIST_JOBS",
  "DAPR_SCHEDULER_DELETE_JOB",
  "DAPR_SCHEDULER_EMPTY",
  "DAPR_SCHEDULER_SCHEDULE_EMPTY",
  "ERROR",
] as const;

/** Codes older runtimes sent that the current one no longer does. */
export const REMOVED_CODES = [
  "ERR_INVOKE",
  "ERR_ACTOR_DELETE_STATE",
  "ERR_ACTOR_GET_REMINDER",
  "ERR_ACTOR_GET_STATE",
  "ERR_ACTOR_SAVE_STATE",
  "ERR_ACTOR_STATE_TRANSACTION",
  "ERR_CLOUD_EVENTS_SER",
  "ERR_CREATE_REMINDER",
  "ERR_CREATE_TIMER",
  "ERR_DELETE_REMINDER",
  "ERR_DELETE_STATE",
  "ERR_DELETE_TIMER",
  "ERR_GET_STATE",
  "ERR_INVOKE_ACTOR",
  "ERR_PUBLISH_MESSAGE",
  "ERR_PUB_SUB_NOT_FOUND",
  "ERR_SAVE_REQUEST",
  "ERR_STATE_NOT_FOUND",
  "ERR_STATE_KEY_NOT_FOUND",
  "ERR_ACTOR_STATE_SAVE",
  "ERR_ACTOR_STATE_DELETE",
  "ERR_DESERIALIZE_HTTP_BODY",
  "ERR_PUBSUB_NAME_EMPTY",
  "ERR_SECRET_STORE_NOT_CONFIGURED",
  "ERR_STATE_STORES_NOT_CONFIGURED",
  "ERR_METHOD_NOT_FOUND",
  "ERR_PUBSUB_GET_SUBSCRIPTIONS",
  "ERR_NO_WORKFLOW_TYPE_PROVIDED",
  "ERR_NO_INSTANCE_ID_PROVIDED",
  "ERR_NO_WORKFLOW_COMPONENT_PROVIDED",
  "ERR_NON_EXISTENT_WORKFLOW_COMPONENT_PROVIDED",
  "ERR_METADATA_GET",
  "ERR_ACTOR_REMINDER_RENAME",
  "ERR_TOPIC_EMPTY",
  "ERR_ACTOR_TIMER_DELETE",
  "ERR_SAVE_STATE",
] as const;

/** Codes listed in the Dapr docs that no runtime source of the snapshot holds. */
export const DOCS_ONLY_CODES = [
  "ERR_ACTOR_TIMER_GET",
  "ERR_ACTOR_TIMER_LIST",
  "ERR_ACTOR_TIMER_NOT_FOUND",
  "ERR_ACTOR_TIMER_NON_HOSTED",
  "ERR_ACTOR_TIMER_NOT_OWNED",
] as const;

/** Current codes of each category (a code with `alsoCategories` is listed under each). */
export const CODES_BY_CATEGORY = {
  "actor": [
    "ERR_ACTOR_INSTANCE_MISSING",
    "ERR_ACTOR_INVOKE_METHOD",
    "ERR_ACTOR_RUNTIME_NOT_FOUND",
    "ERR_ACTOR_STATE_GET",
    "ERR_ACTOR_STATE_TRANSACTION_SAVE",
    "ERR_ACTOR_REMINDER_CREATE",
    "ERR_ACTOR_REMINDER_DELETE",
    "ERR_ACTOR_REMINDER_GET",
    "ERR_ACTOR_REMINDER_NON_HOSTED",
    "ERR_ACTOR_TYPE_RESERVED",
    "ERR_ACTOR_REMINDER_NOT_FOUND",
    "ERR_ACTOR_REMINDER_ALREADY_EXISTS",
    "ERR_ACTOR_TIMER_CREATE",
    "ERR_ACTOR_NO_APP_CHANNEL",
    "ERR_ACTOR_STACK_DEPTH",
    "ERR_ACTOR_NO_PLACEMENT",
    "ERR_ACTOR_RUNTIME_CLOSED",
    "ERR_ACTOR_NAMESPACE_REQUIRED",
    "ERR_ACTOR_NO_ADDRESS",
  ] as const,
  "workflow": [
    "ERR_GET_WORKFLOW",
    "ERR_START_WORKFLOW",
    "ERR_PAUSE_WORKFLOW",
    "ERR_RESUME_WORKFLOW",
    "ERR_TERMINATE_WORKFLOW",
    "ERR_PURGE_WORKFLOW",
    "ERR_RAISE_EVENT_WORKFLOW",
    "ERR_WORKFLOW_COMPONENT_MISSING",
    "ERR_WORKFLOW_COMPONENT_NOT_FOUND",
    "ERR_WORKFLOW_EVENT_NAME_MISSING",
    "ERR_WORKFLOW_NAME_MISSING",
    "ERR_INSTANCE_ID_INVALID",
    "ERR_INSTANCE_ID_NOT_FOUND",
    "ERR_INSTANCE_ID_PROVIDED_MISSING",
    "ERR_INSTANCE_ID_TOO_LONG",
    "ERR_WORKFLOW_APP_ID_INVALID",
  ] as const,
  "state": [
    "ERR_STATE_TRANSACTION",
    "ERR_STATE_SAVE",
    "ERR_STATE_GET",
    "ERR_STATE_DELETE",
    "ERR_STATE_BULK_DELETE",
    "ERR_STATE_BULK_GET",
    "ERR_NOT_SUPPORTED_STATE_OPERATION",
    "ERR_STATE_QUERY",
    "ERR_STATE_STORE_NOT_FOUND",
    "ERR_STATE_STORE_NOT_CONFIGURED",
    "ERR_STATE_STORE_NOT_SUPPORTED",
    "ERR_STATE_STORE_TOO_MANY_TRANSACTIONS",
    "ERR_MALFORMED_REQUEST",
  ] as const,
  "pubsub": [
    "ERR_PUBSUB_EMPTY",
    "ERR_PUBSUB_NOT_FOUND",
    "ERR_PUBSUB_NOT_CONFIGURED",
    "ERR_TOPIC_NAME_EMPTY",
    "ERR_PUBSUB_FORBIDDEN",
    "ERR_PUBSUB_PUBLISH_MESSAGE",
    "ERR_PUBSUB_REQUEST_METADATA",
    "ERR_PUBSUB_CLOUD_EVENTS_SER",
    "ERR_PUBSUB_EVENTS_SER",
    "ERR_PUBLISH_OUTBOX",
  ] as const,
  "configuration": [
    "ERR_CONFIGURATION_GET",
    "ERR_CONFIGURATION_STORE_NOT_CONFIGURED",
    "ERR_CONFIGURATION_STORE_NOT_FOUND",
    "ERR_CONFIGURATION_SUBSCRIBE",
    "ERR_CONFIGURATION_UNSUBSCRIBE",
  ] as const,
  "crypto": [
    "ERR_CRYPTO",
    "ERR_CRYPTO_KEY",
    "ERR_CRYPTO_PROVIDER_NOT_FOUND",
    "ERR_CRYPTO_PROVIDERS_NOT_CONFIGURED",
  ] as const,
  "secret": [
    "ERR_SECRET_GET",
    "ERR_SECRET_STORE_NOT_FOUND",
    "ERR_SECRET_STORES_NOT_CONFIGURED",
    "ERR_PERMISSION_DENIED",
  ] as const,
  "conversation": [
    "ERR_CONVERSATION_INVALID_PARMS",
    "ERR_CONVERSATION_INVOKE",
    "ERR_CONVERSATION_MISSING_INPUTS",
    "ERR_CONVERSATION_NOT_FOUND",
  ] as const,
  "service-invocation": [
    "ERR_DIRECT_INVOKE",
  ] as const,
  "binding": [
    "ERR_INVOKE_OUTPUT_BINDING",
  ] as const,
  "lock": [
    "ERR_LOCK_STORE_NOT_CONFIGURED",
    "ERR_LOCK_STORE_NOT_FOUND",
    "ERR_TRY_LOCK",
    "ERR_UNLOCK",
  ] as const,
  "job": [
    "DAPR_SCHEDULER_SCHEDULE_JOB",
    "DAPR_SCHEDULER_JOB_NAME",
    "DAPR_SCHEDULER_JOB_NAME_EMPTY",
    "DAPR_SCHEDULER_GET_JOB",
    "DAPR_SCHEDULER_LIST_JOBS",
    "DAPR_SCHEDULER_DELETE_JOB",
    "DAPR_SCHEDULER_EMPTY",
    "DAPR_SCHEDULER_SCHEDULE_EMPTY",
  ] as const,
  "health": [
    "ERR_HEALTH_NOT_READY",
    "ERR_HEALTH_APPID_NOT_MATCH",
    "ERR_OUTBOUND_HEALTH_NOT_READY",
  ] as const,
  "common": [
    "ERR_MALFORMED_REQUEST",
    "ERR_API_UNIMPLEMENTED",
    "ERR_APP_CHANNEL_NIL",
    "ERR_BAD_REQUEST",
    "ERR_BODY_READ",
    "ERR_INTERNAL",
    "ERR_MALFORMED_REQUEST_DATA",
    "ERR_MALFORMED_RESPONSE",
    "ERROR",
  ] as const,
  "metadata": [
  
  ] as const,
} as const;

/** ErrorInfo reasons the current runtime sends. */
export const CURRENT_REASONS = [
  "DAPR_STATE_NOT_FOUND",
  "DAPR_STATE_NOT_CONFIGURED",
  "DAPR_STATE_ILLEGAL_KEY",
  "DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED",
  "DAPR_STATE_QUERYING_NOT_SUPPORTED",
  "DAPR_STATE_TOO_MANY_TRANSACTIONS",
  "DAPR_STATE_QUERY_FAILED",
  "DAPR_PUBSUB_NAME_EMPTY",
  "DAPR_PUBSUB_NOT_FOUND",
  "DAPR_PUBSUB_TEST_NOT_FOUND",
  "DAPR_PUBSUB_NOT_CONFIGURED",
  "DAPR_PUBSUB_TOPIC_NAME_EMPTY",
  "DAPR_PUBSUB_FORBIDDEN",
  "DAPR_PUBSUB_PUBLISH_MESSAGE",
  "DAPR_PUBSUB_METADATA_DESERIALIZATION",
  "DAPR_PUBSUB_CLOUD_EVENT_CREATION",
  "DAPR_PUBSUB_MARSHAL_ENVELOPE",
  "DAPR_PUBSUB_MARSHAL_EVENTS",
  "DAPR_PUBSUB_UNMARSHAL_EVENTS",
  "DAPR_PUBSUB_OUTBOX",
  "DAPR_SCHEDULER_SCHEDULE_JOB",
  "DAPR_SCHEDULER_JOB_NAME",
  "DAPR_SCHEDULER_JOB_NAME_EMPTY",
  "DAPR_SCHEDULER_GET_JOB",
  "DAPR_SCHEDULER_LIST_JOBS",
  "DAPR_SCHEDULER_DELETE_JOB",
  "DAPR_SCHEDULER_EMPTY",
  "DAPR_SCHEDULER_SCHEDULE_EMPTY",
  "ERR_INVOKE_OUTPUT_BINDING",
  "ERR_STATE_GET",
  "ERR_STATE_SAVE",
  "ERR_STATE_DELETE",
  "ERR_STATE_BULK_DELETE",
  "ERR_NOT_SUPPORTED_STATE_OPERATION",
  "ERR_STATE_TRANSACTION",
  "ERR_CONFIGURATION_STORE_NOT_CONFIGURED",
  "ERR_CONFIGURATION_STORE_NOT_FOUND",
  "ERR_CONFIGURATION_GET",
  "ERR_CONFIGURATION_SUBSCRIBE",
] as const;

/** ErrorInfo reasons older runtimes sent. */
export const REMOVED_REASONS = [
  "DAPR_PUBSUB_TOPICNAME_EMPTY",
  "DAPR_PUBSUB_TESTNOT_FOUND",
  "SCHEDULER_SCHEDULE_JOB",
  "SCHEDULER_JOB_NAME",
  "SCHEDULER_JOB_NAME_EMPTY",
  "SCHEDULER_GET_JOB",
  "SCHEDULER_LIST_JOBS",
  "SCHEDULER_DELETE_JOB",
  "SCHEDULER_EMPTY",
  "SCHEDULER_SCHEDULE_EMPTY",
] as const;

/** Workflow FailureDetails.ErrorType strings (not ErrorInfo reasons). */
export const WORKFLOW_FAILURE_TYPES = [
  "DAPR_WORKFLOW_HISTORY_TAMPERED",
  "WorkflowAccessPolicyDenied",
  "WorkflowInstanceAlreadyExists",
] as const;

export const CODE_ENTRIES: readonly CodeEntry[] = [
  {
    "code": "ERR_ACTOR_INSTANCE_MISSING",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Missing actor instance",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "actor instance is missing",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/state/state.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_INVOKE_METHOD",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error invoking actor method",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error invoke actor method: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/daprinternal.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_RUNTIME_NOT_FOUND",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor runtime not found",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "the state store is not configured to use the actor runtime. Have you set the - name: actorStateStore value: \"true\" in your state store component file?",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/actors.go",
      "pkg/actors/state/state.go",
      "pkg/actors/targets/workflow/orchestrator/invoke.go",
      "pkg/runtime/wfengine/backends/actors/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_STATE_GET",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error getting actor state",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error getting actor state: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_STATE_TRANSACTION_SAVE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error saving actor transaction",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error saving actor transaction state: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_REMINDER_CREATE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error creating actor reminder",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error creating actor reminder: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/actors.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_REMINDER_DELETE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error deleting actor reminder",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error deleting actor reminder: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_REMINDER_GET",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error getting actor reminder",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error getting actor reminder: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_REMINDER_NON_HOSTED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Reminder operation on non-hosted actor type",
    "status": "active",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [],
    "messageTemplate": "operations on actor reminders are only possible on hosted actor types",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/actors.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_TYPE_RESERVED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "User-facing actor API targeting a Dapr-reserved internal actor type",
    "status": "active",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [],
    "messageTemplate": "actor type %q is reserved for the Dapr workflow runtime; direct actor API access is not permitted",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.18.0",
    "firstV1Release": "v1.18.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.18.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/messages/errorcodes/errorcodes.go"
  },
  {
    "code": "ERR_ACTOR_REMINDER_NOT_FOUND",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder not found",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "NotFound",
    "reasons": [],
    "messageTemplate": "actor reminder not found: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.17.0",
    "firstV1Release": "v1.17.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.17.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/messages/errorcodes/errorcodes.go"
  },
  {
    "code": "ERR_ACTOR_REMINDER_ALREADY_EXISTS",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder already exists",
    "status": "active",
    "httpStatus": 409,
    "grpcCode": "AlreadyExists",
    "reasons": [],
    "messageTemplate": "actor reminder already exists: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.17.0",
    "firstV1Release": "v1.17.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.17.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/actors.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/messages/errorcodes/errorcodes.go"
  },
  {
    "code": "ERR_ACTOR_TIMER_CREATE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Error creating actor timer",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error creating actor timer: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/actors.go",
      "pkg/api/universal/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_NO_APP_CHANNEL",
    "category": "actor",
    "alsoCategories": [],
    "summary": "App channel not initialized",
    "status": "defined-unused",
    "httpStatus": 400,
    "grpcCode": "Unavailable",
    "reasons": [],
    "messageTemplate": "app channel is not initialized",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go"
    ],
    "notes": "defined in v1.15.0+ but never referenced outside pkg/messages (never emitted)",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_STACK_DEPTH",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Maximum actor call stack depth exceeded",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "ResourceExhausted",
    "reasons": [],
    "messageTemplate": "maximum stack depth exceeded",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/targets/app/lock/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_NO_PLACEMENT",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Placement service not configured",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "Unavailable",
    "reasons": [],
    "messageTemplate": "placement service is not configured",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_RUNTIME_CLOSED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor runtime is closed",
    "status": "active",
    "httpStatus": 503,
    "grpcCode": "Unavailable",
    "reasons": [],
    "messageTemplate": "actor runtime is closed",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_NAMESPACE_REQUIRED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actors must have a namespace configured when running in Kubernetes mode",
    "status": "active",
    "httpStatus": 412,
    "grpcCode": "FailedPrecondition",
    "reasons": [],
    "messageTemplate": "actors must have a namespace configured when running in Kubernetes mode",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_NO_ADDRESS",
    "category": "actor",
    "alsoCategories": [],
    "summary": "No address found for actor",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "FailedPrecondition",
    "reasons": [],
    "messageTemplate": "did not find address for actor '%s'",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/actors/internal/placement/loops/disseminator/inflight/inflight.go",
      "pkg/actors/targets/workflow/activity/execute.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_GET_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error getting workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error while getting workflow info on instance '%s': %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_START_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error starting workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error starting workflow '%s': %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PAUSE_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error pausing workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error pausing workflow %s: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_RESUME_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error resuming workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error resuming workflow %s: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_TERMINATE_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error terminating workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error terminating workflow '%s': %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PURGE_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error purging workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error purging workflow %s: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_RAISE_EVENT_WORKFLOW",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Error raising event in workflow",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error raising event on workflow '%s': %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_WORKFLOW_COMPONENT_MISSING",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Missing workflow component",
    "status": "defined-unused",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "no workflow component was provided",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go"
    ],
    "notes": "emitted v1.11-v1.14; since v1.15.0 defined but not referenced (never emitted)",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_WORKFLOW_COMPONENT_NOT_FOUND",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow component not found",
    "status": "defined-unused",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "workflow component '%s' does not exist",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go"
    ],
    "notes": "emitted v1.11-v1.14; since v1.15.0 defined but not referenced (never emitted)",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_WORKFLOW_EVENT_NAME_MISSING",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Missing workflow event name",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "missing workflow event name",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_WORKFLOW_NAME_MISSING",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow name not configured",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "workflow name is not configured",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INSTANCE_ID_INVALID",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Invalid workflow instance ID. (Only alphanumeric and underscore characters are allowed)",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "workflow instance ID '%s' is invalid: only alphanumeric and underscore characters are allowed",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INSTANCE_ID_NOT_FOUND",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow instance ID not found",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "NotFound",
    "reasons": [],
    "messageTemplate": "unable to find workflow with the provided instance ID: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/workflow.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INSTANCE_ID_PROVIDED_MISSING",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Missing workflow instance ID",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "no instance ID was provided",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INSTANCE_ID_TOO_LONG",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow instance ID too long",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "workflow instance ID exceeds the max length of %d characters",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_WORKFLOW_APP_ID_INVALID",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Invalid workflow app ID. (Only alphanumeric, dash and underscore characters are allowed)",
    "status": "unreleased",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "workflow app ID '%s' is invalid: only alphanumeric, dash and underscore characters are allowed",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "master",
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "master",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/workflow.go",
      "pkg/runtime/wfengine/backends/actors/actors.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/messages/errorcodes/errorcodes.go"
  },
  {
    "code": "ERR_STATE_TRANSACTION",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error in state transaction",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_STATE_TRANSACTION"
    ],
    "messageTemplate": "error while executing state transaction: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "HTTP POST state/{store}/transaction (pkg/api/http/http.go, NewAPIErrorHTTP)",
        "httpStatus": 500,
        "grpcCode": null
      },
      {
        "where": "gRPC ExecuteStateTransaction (pkg/api/grpc/grpc.go, apierrors.Basic)",
        "httpStatus": null,
        "grpcCode": "Internal",
        "reasons": [
          "ERR_STATE_TRANSACTION"
        ]
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.10.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_SAVE",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error saving state",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_STATE_SAVE"
    ],
    "messageTemplate": "failed saving state in state store %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "HTTP save; ETag mismatch",
        "httpStatus": 409
      },
      {
        "where": "HTTP save; ETag invalid",
        "httpStatus": 400
      },
      {
        "where": "HTTP save; component kit error",
        "httpStatus": "from-kit-error"
      },
      {
        "where": "HTTP transaction; value encryption failure",
        "httpStatus": 400
      },
      {
        "where": "gRPC SaveState; ETag mismatch",
        "grpcCode": "Aborted"
      },
      {
        "where": "gRPC SaveState; ETag invalid",
        "grpcCode": "InvalidArgument"
      },
      {
        "where": "gRPC SaveState; empty key",
        "grpcCode": "InvalidArgument",
        "messageTemplate": "state key cannot be empty"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_GET",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error getting state",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_STATE_GET"
    ],
    "messageTemplate": "fail to get %s from state store %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "HTTP get; component returned kit error",
        "httpStatus": "from-kit-error"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_DELETE",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error deleting state",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_STATE_DELETE"
    ],
    "messageTemplate": "failed deleting state with key %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "ETag mismatch",
        "httpStatus": 409,
        "grpcCode": "Aborted"
      },
      {
        "where": "ETag invalid",
        "httpStatus": 400,
        "grpcCode": "InvalidArgument"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_BULK_DELETE",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error deleting state in bulk",
    "status": "active",
    "httpStatus": null,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_STATE_BULK_DELETE"
    ],
    "messageTemplate": "failed deleting state in state store %s: %s",
    "exposure": "grpc-errorinfo-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "gRPC DeleteBulkState only (builder declares HTTP 500 but no HTTP endpoint uses it); Aborted/InvalidArgument on ETag errors",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_BULK_GET",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error getting state in bulk",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s (underlying error text)",
    "exposure": "http-body-only",
    "variants": [
      {
        "where": "component returned kit error",
        "httpStatus": "from-kit-error"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_NOT_SUPPORTED_STATE_OPERATION",
    "category": "state",
    "alsoCategories": [],
    "summary": "Operation not supported in transaction",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "Unimplemented",
    "reasons": [
      "ERR_NOT_SUPPORTED_STATE_OPERATION"
    ],
    "messageTemplate": "operation type %s not supported",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.10.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": "gRPC builder declares HTTP 500; HTTP API itself answers 400",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_QUERY",
    "category": "state",
    "alsoCategories": [],
    "summary": "Error querying state",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_STATE_QUERY_FAILED"
    ],
    "messageTemplate": "state store %s query failed: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.5.0",
    "firstV1Release": "v1.5.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.5.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_STORE_NOT_FOUND",
    "category": "state",
    "alsoCategories": [],
    "summary": "State store not found",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_STATE_NOT_FOUND"
    ],
    "messageTemplate": "state store %s is not found",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_STORE_NOT_CONFIGURED",
    "category": "state",
    "alsoCategories": [],
    "summary": "State store not configured",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "FailedPrecondition",
    "reasons": [
      "DAPR_STATE_NOT_CONFIGURED"
    ],
    "messageTemplate": "state store %s is not configured",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v0.11.3",
        "removedIn": "v1.0.0"
      },
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": "also existed v0.4.0-v0.11.3 (gRPC plain error string); absent v1.0.0-v1.7.x where ERR_STATE_STORES_NOT_CONFIGURED was used",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_STORE_NOT_SUPPORTED",
    "category": "state",
    "alsoCategories": [],
    "summary": "State store does not support transactions",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Unimplemented",
    "reasons": [
      "DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED",
      "DAPR_STATE_QUERYING_NOT_SUPPORTED"
    ],
    "messageTemplate": "state store %s doesn't support transactions",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "transactions unsupported (TransactionsNotSupported)",
        "httpStatus": 500,
        "grpcCode": "Unimplemented",
        "reasons": [
          "DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED"
        ]
      },
      {
        "where": "query unsupported (QueryUnsupported)",
        "httpStatus": 500,
        "grpcCode": "Internal",
        "reasons": [
          "DAPR_STATE_QUERYING_NOT_SUPPORTED"
        ],
        "messageTemplate": "state store does not support querying"
      }
    ],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo",
      "Help"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.10.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_STATE_STORE_TOO_MANY_TRANSACTIONS",
    "category": "state",
    "alsoCategories": [],
    "summary": "Too many operations per transaction",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_STATE_TOO_MANY_TRANSACTIONS"
    ],
    "messageTemplate": "the transaction contains %d operations, which is more than what the state store supports: %d",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "currentOpsTransaction",
      "maxOpsPerTransaction"
    ],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_MALFORMED_REQUEST",
    "category": "common",
    "alsoCategories": [
      "state"
    ],
    "summary": "Malformed request (also used for an invalid state key)",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_STATE_ILLEGAL_KEY"
    ],
    "messageTemplate": "failed deserializing HTTP body: %v",
    "exposure": "http-body+grpc-status-only (errorinfo for DAPR_STATE_ILLEGAL_KEY variant)",
    "variants": [
      {
        "where": "messages.ErrResourceIDEmpty",
        "httpStatus": 400,
        "grpcCode": "InvalidArgument",
        "messageTemplate": "ResourceId is empty in lock store %s"
      },
      {
        "where": "messages.ErrLockOwnerEmpty",
        "httpStatus": 400,
        "grpcCode": "InvalidArgument",
        "messageTemplate": "LockOwner is empty in lock store %s"
      },
      {
        "where": "messages.ErrExpiryInSecondsNotPositive",
        "httpStatus": 400,
        "grpcCode": "InvalidArgument",
        "messageTemplate": "ExpiryInSeconds is not positive in lock store %s"
      },
      {
        "where": "state key validation (apierrors.StateStore.InvalidKeyName)",
        "httpStatus": 400,
        "grpcCode": "InvalidArgument",
        "reasons": [
          "DAPR_STATE_ILLEGAL_KEY"
        ],
        "messageTemplate": "(component message, e.g. key contains ||)",
        "grpcDetails": [
          "ErrorInfo",
          "ResourceInfo",
          "BadRequest"
        ]
      },
      {
        "where": "HTTP-only request decoding (pkg/api/http/http.go NewAPIErrorHTTP)",
        "httpStatus": 400,
        "grpcCode": null
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/errors/state.go",
      "pkg/api/http/actors.go",
      "pkg/api/http/http.go",
      "pkg/api/http/universal.go",
      "pkg/api/universal/actors.go",
      "pkg/api/universal/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONFIGURATION_GET",
    "category": "configuration",
    "alsoCategories": [],
    "summary": "Error getting configuration",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_CONFIGURATION_GET"
    ],
    "messageTemplate": "failed to get %s from Configuration store %s: %v",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONFIGURATION_STORE_NOT_CONFIGURED",
    "category": "configuration",
    "alsoCategories": [],
    "summary": "Configuration store not configured",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "FailedPrecondition",
    "reasons": [
      "ERR_CONFIGURATION_STORE_NOT_CONFIGURED"
    ],
    "messageTemplate": "configuration stores not configured",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONFIGURATION_STORE_NOT_FOUND",
    "category": "configuration",
    "alsoCategories": [],
    "summary": "Configuration store not found",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "ERR_CONFIGURATION_STORE_NOT_FOUND"
    ],
    "messageTemplate": "configuration store %s not found",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": "gRPC builder declares HTTP 500; HTTP API answers 400",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONFIGURATION_SUBSCRIBE",
    "category": "configuration",
    "alsoCategories": [],
    "summary": "Error subscribing to configuration",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "ERR_CONFIGURATION_SUBSCRIBE"
    ],
    "messageTemplate": "failed to subscribe %s from Configuration store %s: %v",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONFIGURATION_UNSUBSCRIBE",
    "category": "configuration",
    "alsoCategories": [],
    "summary": "Error unsubscribing from configuration",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "failed to unsubscribe to configuration request %s: %v",
    "exposure": "metrics-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": "HTTP body is {ok:false,message} without errorCode; gRPC returns Ok=false (no error); code only recorded in error_code_total metric (gRPC path)",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CRYPTO",
    "category": "crypto",
    "alsoCategories": [],
    "summary": "Error in crypto operation",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed to perform operation: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/crypto.go",
      "pkg/api/http/crypto.go",
      "pkg/api/universal/subtlecrypto_subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CRYPTO_KEY",
    "category": "crypto",
    "alsoCategories": [],
    "summary": "Error retrieving crypto key",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed to retrieve key %s: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/subtlecrypto_subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CRYPTO_PROVIDER_NOT_FOUND",
    "category": "crypto",
    "alsoCategories": [],
    "summary": "Crypto provider not found",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "crypto provider %s not found",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/crypto.go",
      "pkg/api/universal/subtlecrypto.go",
      "pkg/api/universal/subtlecrypto_subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CRYPTO_PROVIDERS_NOT_CONFIGURED",
    "category": "crypto",
    "alsoCategories": [],
    "summary": "Crypto providers not configured",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "crypto providers not configured",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/crypto.go",
      "pkg/api/universal/subtlecrypto.go",
      "pkg/api/universal/subtlecrypto_subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_SECRET_GET",
    "category": "secret",
    "alsoCategories": [],
    "summary": "Error getting secret",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed getting secret with key %s from secret store %s: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [
      {
        "where": "messages.ErrBulkSecretGet",
        "httpStatus": 500,
        "grpcCode": "Internal",
        "messageTemplate": "failed getting secrets from secret store %s: %v"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.11.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/secrets.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_SECRET_STORE_NOT_FOUND",
    "category": "secret",
    "alsoCategories": [],
    "summary": "Secret store not found",
    "status": "active",
    "httpStatus": 401,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "failed finding secret store with key %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.5.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.5.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/secrets.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_SECRET_STORES_NOT_CONFIGURED",
    "category": "secret",
    "alsoCategories": [],
    "summary": "Secret store not configured",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "FailedPrecondition",
    "reasons": [],
    "messageTemplate": "secret store is not configured",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/secrets.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PERMISSION_DENIED",
    "category": "secret",
    "alsoCategories": [],
    "summary": "Permission denied by policy",
    "status": "active",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [],
    "messageTemplate": "access denied by policy to get %q from %q",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.11.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/secrets.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_EMPTY",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Pubsub name is empty",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_NAME_EMPTY"
    ],
    "messageTemplate": "pubsub name is empty",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_NOT_FOUND",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Pubsub not found",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_NOT_FOUND",
      "DAPR_PUBSUB_TEST_NOT_FOUND"
    ],
    "messageTemplate": "pubsub %s is not found",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "component lookup (NotFound)",
        "httpStatus": 404,
        "grpcCode": "InvalidArgument",
        "reasons": [
          "DAPR_PUBSUB_NOT_FOUND"
        ]
      },
      {
        "where": "publish returned pubsub NotFoundError (TestNotFound)",
        "httpStatus": 400,
        "grpcCode": "NotFound",
        "reasons": [
          "DAPR_PUBSUB_TEST_NOT_FOUND"
        ],
        "messageTemplate": "pubsub '%s' not found"
      }
    ],
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_NOT_CONFIGURED",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Pubsub not configured",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "FailedPrecondition",
    "reasons": [
      "DAPR_PUBSUB_NOT_CONFIGURED"
    ],
    "messageTemplate": "pubsub %s is not configured",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_TOPIC_NAME_EMPTY",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Topic name is empty",
    "status": "active",
    "httpStatus": 404,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_TOPIC_NAME_EMPTY"
    ],
    "messageTemplate": "topic is empty in pubsub %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.14.0",
    "firstV1Release": "v1.14.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_FORBIDDEN",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Access to topic forbidden for APP ID",
    "status": "active",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [
      "DAPR_PUBSUB_FORBIDDEN"
    ],
    "messageTemplate": "topic %s is not allowed for app id %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "topic",
      "error"
    ],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_PUBLISH_MESSAGE",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Error publishing message",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_PUBSUB_PUBLISH_MESSAGE"
    ],
    "messageTemplate": "error when publishing to topic %s in pubsub %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "HTTP bulk publish failure body field errorCode (pkg/api/http/http.go)",
        "httpStatus": "from-kit-error"
      }
    ],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "topic",
      "error"
    ],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_REQUEST_METADATA",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Error deserializing metadata",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_METADATA_DESERIALIZATION"
    ],
    "messageTemplate": "failed deserializing metadata. Error: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.2.0",
    "firstV1Release": "v1.2.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.2.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_CLOUD_EVENTS_SER",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Error creating CloudEvent",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_CLOUD_EVENT_CREATION"
    ],
    "messageTemplate": "cannot create cloudevent",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBSUB_EVENTS_SER",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Error marshalling Cloud Event envelope",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_MARSHAL_ENVELOPE",
      "DAPR_PUBSUB_MARSHAL_EVENTS",
      "DAPR_PUBSUB_UNMARSHAL_EVENTS"
    ],
    "messageTemplate": "error when marshalling cloud event envelope for topic %s pubsub %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [
      {
        "where": "MarshalEnvelope",
        "reasons": [
          "DAPR_PUBSUB_MARSHAL_ENVELOPE"
        ]
      },
      {
        "where": "MarshalEvents (bulk publish)",
        "reasons": [
          "DAPR_PUBSUB_MARSHAL_EVENTS"
        ],
        "messageTemplate": "error marshaling events to bytes for topic %s pubsub %s. error: %s"
      },
      {
        "where": "UnmarshalEvents (HTTP bulk publish body)",
        "reasons": [
          "DAPR_PUBSUB_UNMARSHAL_EVENTS"
        ],
        "messageTemplate": "error when unmarshaling the request for topic %s pubsub %s: %s"
      }
    ],
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_PUBLISH_OUTBOX",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Error publishing message to outbox",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_PUBSUB_OUTBOX"
    ],
    "messageTemplate": "error while publishing outbox message: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": "reason built as kit CodePrefixPubSub+\"OUTBOX\"; docs show no gRPC reason for this code",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONVERSATION_INVALID_PARMS",
    "category": "conversation",
    "alsoCategories": [],
    "summary": "Invalid parameters for conversation component",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "failed conversing with component %s: invalid params: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/conversation.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONVERSATION_INVOKE",
    "category": "conversation",
    "alsoCategories": [],
    "summary": "Error invoking conversation",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed conversing with component %s: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/conversation.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONVERSATION_MISSING_INPUTS",
    "category": "conversation",
    "alsoCategories": [],
    "summary": "Missing inputs for conversation",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "failed conversing with component %s: missing inputs in request",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/conversation.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_CONVERSATION_NOT_FOUND",
    "category": "conversation",
    "alsoCategories": [],
    "summary": "Conversation not found",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "failed finding conversation component %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/conversation.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_DIRECT_INVOKE",
    "category": "service-invocation",
    "alsoCategories": [],
    "summary": "Error invoking service",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed to invoke, id: %s, err: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [
      {
        "where": "messages.ErrDirectInvokeNoAppID",
        "httpStatus": 404,
        "grpcCode": "NotFound",
        "messageTemplate": "failed getting app id either from the URL path or the header dapr-app-id"
      },
      {
        "where": "messages.ErrDirectInvokeNotReady",
        "httpStatus": 500,
        "grpcCode": "Internal",
        "messageTemplate": "invoke API is not ready"
      }
    ],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/directmessaging.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INVOKE_OUTPUT_BINDING",
    "category": "binding",
    "alsoCategories": [],
    "summary": "Error invoking output binding",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "ERR_INVOKE_OUTPUT_BINDING"
    ],
    "messageTemplate": "error invoking output binding %s: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/grpc/grpc.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_LOCK_STORE_NOT_CONFIGURED",
    "category": "lock",
    "alsoCategories": [],
    "summary": "Lock store not configured",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "FailedPrecondition",
    "reasons": [],
    "messageTemplate": "lock store is not configured",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_LOCK_STORE_NOT_FOUND",
    "category": "lock",
    "alsoCategories": [],
    "summary": "Lock store not found",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "lock store %s not found",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_TRY_LOCK",
    "category": "lock",
    "alsoCategories": [],
    "summary": "Error acquiring lock",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed to try acquiring lock: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_UNLOCK",
    "category": "lock",
    "alsoCategories": [],
    "summary": "Error releasing lock",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "failed to release lock: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.8.0",
    "firstV1Release": "v1.8.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.8.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/lock.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_HEALTH_NOT_READY",
    "category": "health",
    "alsoCategories": [],
    "summary": "Dapr not ready",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "dapr is not ready: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.6.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.6.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/healthz.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_HEALTH_APPID_NOT_MATCH",
    "category": "health",
    "alsoCategories": [],
    "summary": "Dapr App ID does not match",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "dapr app-id does not match",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/healthz.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_OUTBOUND_HEALTH_NOT_READY",
    "category": "health",
    "alsoCategories": [],
    "summary": "Dapr outbound not ready",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "dapr outbound is not ready",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/healthz.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_API_UNIMPLEMENTED",
    "category": "common",
    "alsoCategories": [],
    "summary": "API not implemented",
    "status": "active",
    "httpStatus": 501,
    "grpcCode": "Unimplemented",
    "reasons": [],
    "messageTemplate": "this API is currently not implemented",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/universal/subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_APP_CHANNEL_NIL",
    "category": "common",
    "alsoCategories": [],
    "summary": "App channel is nil",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "app channel is not initialized. cannot subscribe to configuration updates",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.9.0",
    "firstV1Release": "v1.9.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.9.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_BAD_REQUEST",
    "category": "common",
    "alsoCategories": [],
    "summary": "Bad request",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "invalid request: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/grpc/crypto.go",
      "pkg/api/http/actors.go",
      "pkg/api/http/crypto.go",
      "pkg/api/universal/actors.go",
      "pkg/api/universal/subtlecrypto.go",
      "pkg/api/universal/subtlecrypto_subtlecrypto.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_BODY_READ",
    "category": "common",
    "alsoCategories": [],
    "summary": "Error reading request body",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [],
    "messageTemplate": "failed to read request body: %v",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.12.0",
    "firstV1Release": "v1.12.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.12.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/messages/predefined.go",
      "pkg/api/http/http.go",
      "pkg/api/http/metadata.go",
      "pkg/api/http/universal.go",
      "pkg/api/http/workflow.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INTERNAL",
    "category": "common",
    "alsoCategories": [],
    "summary": "Internal error",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "failed to encode response as JSON: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/responses.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_MALFORMED_REQUEST_DATA",
    "category": "common",
    "alsoCategories": [],
    "summary": "Malformed request data",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "can't serialize request data field: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/http.go"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_MALFORMED_RESPONSE",
    "category": "common",
    "alsoCategories": [],
    "summary": "Malformed response",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s (protobuf-to-JSON conversion error)",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.0.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.0.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": true,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/directmessaging.go"
    ],
    "notes": "service invocation of a gRPC app via HTTP when the returned status cannot be converted",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_SCHEDULE_JOB",
    "category": "job",
    "alsoCategories": [],
    "summary": "Error scheduling job",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_SCHEDULER_SCHEDULE_JOB"
    ],
    "messageTemplate": "failed to schedule job due to: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go"
    ],
    "notes": "since v1.16.0 gRPC code is taken from the scheduler error (Unknown->Internal) and HTTP status from HTTPStatusFromCode; v1.15 fixed Internal/500",
    "formerName": {
      "code": "SCHEDULER_SCHEDULE_JOB",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_JOB_NAME",
    "category": "job",
    "alsoCategories": [],
    "summary": "Job name should only be set in the url",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_SCHEDULER_JOB_NAME"
    ],
    "messageTemplate": "Set the job name in the url only",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_JOB_NAME",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_JOB_NAME_EMPTY",
    "category": "job",
    "alsoCategories": [],
    "summary": "Job name is empty",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_SCHEDULER_JOB_NAME_EMPTY"
    ],
    "messageTemplate": "Name is empty",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_JOB_NAME_EMPTY",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_GET_JOB",
    "category": "job",
    "alsoCategories": [],
    "summary": "Error getting job",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_SCHEDULER_GET_JOB"
    ],
    "messageTemplate": "failed to get job due to: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_GET_JOB",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_LIST_JOBS",
    "category": "job",
    "alsoCategories": [],
    "summary": "Error listing jobs",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_SCHEDULER_LIST_JOBS"
    ],
    "messageTemplate": "failed to list jobs due to: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_LIST_JOBS",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_DELETE_JOB",
    "category": "job",
    "alsoCategories": [],
    "summary": "Error deleting job",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [
      "DAPR_SCHEDULER_DELETE_JOB"
    ],
    "messageTemplate": "failed to delete job due to: %s",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_DELETE_JOB",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_EMPTY",
    "category": "job",
    "alsoCategories": [],
    "summary": "Required argument is empty",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_SCHEDULER_EMPTY"
    ],
    "messageTemplate": "Job is empty",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/jobs.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_EMPTY",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "DAPR_SCHEDULER_SCHEDULE_EMPTY",
    "category": "job",
    "alsoCategories": [],
    "summary": "No schedule provided for job",
    "status": "active",
    "httpStatus": 400,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_SCHEDULER_SCHEDULE_EMPTY"
    ],
    "messageTemplate": "Schedule is empty",
    "exposure": "http-body+grpc-errorinfo",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sinceVersion": "v1.15.0",
    "firstV1Release": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": null,
    "formerName": {
      "code": "SCHEDULER_SCHEDULE_EMPTY",
      "presence": {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      },
      "note": "same error without DAPR_ prefix; it was both ErrorInfo reason and HTTP errorCode"
    },
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERROR",
    "category": "common",
    "alsoCategories": [],
    "summary": "Generic error",
    "status": "active",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s (err.Error())",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.11.0",
    "firstV1Release": "v1.11.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.11.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": true,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/http/responses.go"
    ],
    "notes": "fallback in respondWithError for errors that are neither APIError nor kit errors",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_INVOKE",
    "category": "service-invocation",
    "alsoCategories": [],
    "summary": "App-local invoke failed (v0.1 invoke/ route)",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.2.0",
    "lastPresentIn": "v0.1.0",
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.1.0",
        "removedIn": "v0.2.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.1.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.1.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_DELETE_STATE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor state delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_STATE_DELETE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_GET_REMINDER",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder get failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_REMINDER_GET",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_GET_STATE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor state get failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_STATE_GET",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_SAVE_STATE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor state save failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_STATE_SAVE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_STATE_TRANSACTION",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor state transaction failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_STATE_TRANSACTION_SAVE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_CLOUD_EVENTS_SER",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "CloudEvent serialization failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_PUBSUB_CLOUD_EVENTS_SER",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_CREATE_REMINDER",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder create failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_REMINDER_CREATE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_CREATE_TIMER",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor timer create failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_TIMER_CREATE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_DELETE_REMINDER",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_REMINDER_DELETE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_DELETE_STATE",
    "category": "state",
    "alsoCategories": [],
    "summary": "State delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "failed deleting state with key %s: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_STATE_DELETE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_DELETE_TIMER",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor timer delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_TIMER_DELETE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_GET_STATE",
    "category": "state",
    "alsoCategories": [],
    "summary": "State get failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_STATE_GET",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_INVOKE_ACTOR",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor method invocation failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_ACTOR_INVOKE_METHOD",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_PUBLISH_MESSAGE",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Publish failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_PUBSUB_PUBLISH_MESSAGE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_PUB_SUB_NOT_FOUND",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Pub/sub component not found",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_PUBSUB_NOT_FOUND",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/grpc/api.go @v0.3.0",
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": "also returned by gRPC as a plain error string",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/grpc/api.go"
  },
  {
    "code": "ERR_SAVE_REQUEST",
    "category": "state",
    "alsoCategories": [],
    "summary": "State save failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_STATE_SAVE",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_STATE_NOT_FOUND",
    "category": "state",
    "alsoCategories": [],
    "summary": "State key not found (sent with HTTP 204)",
    "status": "removed",
    "httpStatus": 204,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v0.4.0",
    "lastPresentIn": "v0.3.0",
    "replacedBy": "ERR_STATE_KEY_NOT_FOUND",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.3.0",
        "removedIn": "v0.4.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.3.0"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.3.0/pkg/http/api.go"
  },
  {
    "code": "ERR_STATE_KEY_NOT_FOUND",
    "category": "state",
    "alsoCategories": [],
    "summary": "State key not found (sent with HTTP 204)",
    "status": "removed",
    "httpStatus": 204,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": null,
    "removedInVersion": "v0.5.0",
    "lastPresentIn": "v0.4.1",
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v0.4.1",
        "removedIn": "v0.5.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.4.1"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.4.1/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_STATE_SAVE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Single-key actor state save failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": null,
    "removedInVersion": "v0.11.0",
    "lastPresentIn": "v0.10.0",
    "replacedBy": "ERR_ACTOR_STATE_TRANSACTION_SAVE",
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v0.10.0",
        "removedIn": "v0.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.10.0"
    ],
    "notes": "single-key PUT actors/{type}/{id}/state/{key} route removed in v0.11.0; transactional API remains",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.10.0/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_STATE_DELETE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Single-key actor state delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": null,
    "removedInVersion": "v0.11.0",
    "lastPresentIn": "v0.10.0",
    "replacedBy": "ERR_ACTOR_STATE_TRANSACTION_SAVE",
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v0.10.0",
        "removedIn": "v0.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.10.0"
    ],
    "notes": "single-key DELETE actors/{type}/{id}/state/{key} route removed in v0.11.0; still listed in docs tables",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.10.0/pkg/http/api.go"
  },
  {
    "code": "ERR_DESERIALIZE_HTTP_BODY",
    "category": "common",
    "alsoCategories": [],
    "summary": "HTTP request body could not be deserialized",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "%s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.1.0",
    "firstV1Release": null,
    "removedInVersion": "v1.0.0",
    "lastPresentIn": "v0.11.3",
    "replacedBy": "ERR_MALFORMED_REQUEST",
    "presence": [
      {
        "since": "v0.1.0",
        "lastPresent": "v0.11.3",
        "removedIn": "v1.0.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": true,
      "groupedTable": false,
      "zhLegacyTable": true,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v0.11.3"
    ],
    "notes": "v1.0.0 uses ERR_MALFORMED_REQUEST with message \"failed deserializing HTTP body: %s\"",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.11.3/pkg/http/api.go"
  },
  {
    "code": "ERR_PUBSUB_NAME_EMPTY",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Pub/sub name empty (gRPC plain error)",
    "status": "removed",
    "httpStatus": null,
    "grpcCode": "Unknown",
    "reasons": [],
    "messageTemplate": "ERR_PUBSUB_NAME_EMPTY",
    "exposure": "grpc-status-message-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.11.0",
    "firstV1Release": null,
    "removedInVersion": "v1.0.0",
    "lastPresentIn": "v0.11.3",
    "replacedBy": "ERR_PUBSUB_EMPTY",
    "presence": [
      {
        "since": "v0.11.0",
        "lastPresent": "v0.11.3",
        "removedIn": "v1.0.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/grpc/api.go @v0.11.3"
    ],
    "notes": "gRPC errors.New with the code as message; not the same string as reason DAPR_PUBSUB_NAME_EMPTY",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.11.3/pkg/grpc/api.go"
  },
  {
    "code": "ERR_SECRET_STORE_NOT_CONFIGURED",
    "category": "secret",
    "alsoCategories": [],
    "summary": "No secret store configured",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": "Unknown",
    "reasons": [],
    "messageTemplate": "",
    "exposure": "http-body + grpc-status-message (plain errors.New)",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.5.0",
    "firstV1Release": null,
    "removedInVersion": "v1.0.0",
    "lastPresentIn": "v0.11.3",
    "replacedBy": "ERR_SECRET_STORES_NOT_CONFIGURED",
    "presence": [
      {
        "since": "v0.5.0",
        "lastPresent": "v0.11.3",
        "removedIn": "v1.0.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/grpc/api.go @v0.11.3",
      "pkg/http/api.go @v0.11.3"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v0.11.3/pkg/grpc/api.go"
  },
  {
    "code": "ERR_STATE_STORES_NOT_CONFIGURED",
    "category": "state",
    "alsoCategories": [],
    "summary": "No state store configured",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "state store is not configured",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": "v1.8.0",
    "lastPresentIn": "v1.7.6",
    "replacedBy": "ERR_STATE_STORE_NOT_CONFIGURED",
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v1.7.6",
        "removedIn": "v1.8.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.7.6"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.7.6/pkg/http/api.go"
  },
  {
    "code": "ERR_METHOD_NOT_FOUND",
    "category": "state",
    "alsoCategories": [],
    "summary": "State query on a store without query support",
    "status": "removed",
    "httpStatus": 404,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "method %q is not found",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.5.0",
    "firstV1Release": "v1.5.0",
    "removedInVersion": "v1.11.0",
    "lastPresentIn": "v1.10.10",
    "replacedBy": "ERR_STATE_STORE_NOT_SUPPORTED",
    "presence": [
      {
        "since": "v1.5.0",
        "lastPresent": "v1.10.10",
        "removedIn": "v1.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.10"
    ],
    "notes": "v1.11.0 answers ERR_STATE_STORE_NOT_SUPPORTED for the same case",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.10/pkg/http/api.go"
  },
  {
    "code": "ERR_PUBSUB_GET_SUBSCRIPTIONS",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Could not read app subscriptions",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "unable to get app subscriptions %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": "v1.10.4",
    "lastPresentIn": "v1.10.3",
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "v1.10.3",
        "removedIn": "v1.10.4"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.3"
    ],
    "notes": "removed in patch release v1.10.4",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.3/pkg/http/api.go"
  },
  {
    "code": "ERR_NO_WORKFLOW_TYPE_PROVIDED",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow name missing",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "workflow name is not configured",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": "v1.11.0",
    "lastPresentIn": "v1.10.10",
    "replacedBy": "ERR_WORKFLOW_NAME_MISSING",
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "v1.10.10",
        "removedIn": "v1.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.10"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.10/pkg/http/api.go"
  },
  {
    "code": "ERR_NO_INSTANCE_ID_PROVIDED",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow instance ID missing",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "no instance or empty instance was provided",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": "v1.11.0",
    "lastPresentIn": "v1.10.10",
    "replacedBy": "ERR_INSTANCE_ID_PROVIDED_MISSING",
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "v1.10.10",
        "removedIn": "v1.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.10"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.10/pkg/http/api.go"
  },
  {
    "code": "ERR_NO_WORKFLOW_COMPONENT_PROVIDED",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow component missing",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "no component or empty component was provided",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": "v1.11.0",
    "lastPresentIn": "v1.10.10",
    "replacedBy": "ERR_WORKFLOW_COMPONENT_MISSING",
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "v1.10.10",
        "removedIn": "v1.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.10"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.10/pkg/http/api.go"
  },
  {
    "code": "ERR_NON_EXISTENT_WORKFLOW_COMPONENT_PROVIDED",
    "category": "workflow",
    "alsoCategories": [],
    "summary": "Workflow component not found",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "provided component does not exist %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.10.0",
    "firstV1Release": "v1.10.0",
    "removedInVersion": "v1.11.0",
    "lastPresentIn": "v1.10.10",
    "replacedBy": "ERR_WORKFLOW_COMPONENT_NOT_FOUND",
    "presence": [
      {
        "since": "v1.10.0",
        "lastPresent": "v1.10.10",
        "removedIn": "v1.11.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.10.10"
    ],
    "notes": null,
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.10.10/pkg/http/api.go"
  },
  {
    "code": "ERR_METADATA_GET",
    "category": "metadata",
    "alsoCategories": [],
    "summary": "Metadata endpoint could not encode its response",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "failed deserializing metadata: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.5.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": "v1.12.0",
    "lastPresentIn": "v1.11.6",
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.5.0",
        "lastPresent": "v1.11.6",
        "removedIn": "v1.12.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": true,
      "groupedTable": false,
      "zhLegacyTable": true,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.11.6"
    ],
    "notes": "v1.12.0 serves metadata through the universal handler; encode failures there answer ERR_INTERNAL",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.11.6/pkg/http/api.go"
  },
  {
    "code": "ERR_ACTOR_REMINDER_RENAME",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor reminder rename failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "error rename actor reminder: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.6.0",
    "firstV1Release": "v1.6.0",
    "removedInVersion": "v1.13.0",
    "lastPresentIn": "v1.12.5",
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.6.0",
        "lastPresent": "v1.12.5",
        "removedIn": "v1.13.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/http/api.go @v1.12.5"
    ],
    "notes": "rename-reminder API removed in v1.13.0",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.12.5/pkg/http/api.go"
  },
  {
    "code": "ERR_TOPIC_EMPTY",
    "category": "pubsub",
    "alsoCategories": [],
    "summary": "Topic name empty",
    "status": "removed",
    "httpStatus": 404,
    "grpcCode": "InvalidArgument",
    "reasons": [
      "DAPR_PUBSUB_TOPICNAME_EMPTY"
    ],
    "messageTemplate": "topic is empty in pubsub %s",
    "exposure": "http-body+grpc-errorinfo (v1.13.x only)",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.11.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": "v1.14.0",
    "lastPresentIn": "v1.13.6",
    "replacedBy": "ERR_TOPIC_NAME_EMPTY",
    "presence": [
      {
        "since": "v0.11.0",
        "lastPresent": "v1.13.6",
        "removedIn": "v1.14.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/api/errors/pubsub.go @v1.13.6"
    ],
    "notes": "v0.11-v1.12 HTTP 404 (and gRPC plain error in v0.11); v1.13.x kit error with reason DAPR_PUBSUB_TOPICNAME_EMPTY",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.13.6/pkg/api/errors/pubsub.go"
  },
  {
    "code": "ERR_ACTOR_TIMER_DELETE",
    "category": "actor",
    "alsoCategories": [],
    "summary": "Actor timer delete failed",
    "status": "removed",
    "httpStatus": 500,
    "grpcCode": "Internal",
    "reasons": [],
    "messageTemplate": "error deleting actor timer: %s",
    "exposure": "http-body+grpc-status-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v0.4.0",
    "firstV1Release": "v1.0.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": null,
    "presence": [
      {
        "since": "v0.4.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": true,
      "groupedTable": true,
      "zhLegacyTable": true,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/messages/predefined.go @v1.14.5",
      "pkg/api/universal/actors.go @v1.14.5"
    ],
    "notes": "v1.15.0 timer delete cannot fail; open PR dapr/dapr#10380 (refs/pull/10380/head, not merged in snapshot) re-adds it with 500/Internal",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.5/pkg/messages/predefined.go"
  },
  {
    "code": "ERR_SAVE_STATE",
    "category": "state",
    "alsoCategories": [],
    "summary": "Transaction value encryption failed",
    "status": "removed",
    "httpStatus": 400,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": "failed saving state in state store %s: %s",
    "exposure": "http-body-only",
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": "v1.4.0",
    "firstV1Release": "v1.4.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "ERR_STATE_SAVE",
    "presence": [
      {
        "since": "v1.4.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": false
    },
    "sourceFiles": [
      "pkg/api/http/http.go @v1.14.5"
    ],
    "notes": "HTTP state transaction path only; v1.15.0 uses ERR_STATE_SAVE (400) there",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.5/pkg/api/http/http.go"
  },
  {
    "code": "ERR_ACTOR_TIMER_GET",
    "category": "actor",
    "alsoCategories": [],
    "summary": "get actor timer",
    "status": "docs-only",
    "httpStatus": null,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": null,
    "exposure": null,
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": null,
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": true
    },
    "sourceFiles": [],
    "notes": "listed only in newest stored dapr/docs error-codes-reference.md (commit 7324df1ff9427340a976cd1721e4c58f1705d467); not in dapr master snapshot; dapr/dapr PR #10461 (actor list/get timers, merged 2026-09-04, after snapshot) targets v1.19",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_TIMER_LIST",
    "category": "actor",
    "alsoCategories": [],
    "summary": "list actor timers",
    "status": "docs-only",
    "httpStatus": null,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": null,
    "exposure": null,
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": null,
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": true
    },
    "sourceFiles": [],
    "notes": "listed only in newest stored dapr/docs error-codes-reference.md (commit 7324df1ff9427340a976cd1721e4c58f1705d467); not in dapr master snapshot; dapr/dapr PR #10461 (actor list/get timers, merged 2026-09-04, after snapshot) targets v1.19",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_TIMER_NOT_FOUND",
    "category": "actor",
    "alsoCategories": [],
    "summary": "actor timer not found",
    "status": "docs-only",
    "httpStatus": null,
    "grpcCode": null,
    "reasons": [],
    "messageTemplate": null,
    "exposure": null,
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": null,
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": true
    },
    "sourceFiles": [],
    "notes": "listed only in newest stored dapr/docs error-codes-reference.md (commit 7324df1ff9427340a976cd1721e4c58f1705d467); not in dapr master snapshot; dapr/dapr PR #10461 (actor list/get timers, merged 2026-09-04, after snapshot) targets v1.19",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_TIMER_NON_HOSTED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "timer operation on non-hosted actor type (status per integration test text in search index)",
    "status": "docs-only",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [],
    "messageTemplate": null,
    "exposure": null,
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": null,
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": true
    },
    "sourceFiles": [],
    "notes": "listed only in newest stored dapr/docs error-codes-reference.md (commit 7324df1ff9427340a976cd1721e4c58f1705d467); not in dapr master snapshot; dapr/dapr PR #10461 (actor list/get timers, merged 2026-09-04, after snapshot) targets v1.19",
    "formerName": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "code": "ERR_ACTOR_TIMER_NOT_OWNED",
    "category": "actor",
    "alsoCategories": [],
    "summary": "timer operation on actor not owned by this host (status per PR #10380 predefined.go)",
    "status": "docs-only",
    "httpStatus": 403,
    "grpcCode": "PermissionDenied",
    "reasons": [],
    "messageTemplate": "operations on actor timers are only possible on the host that owns the actor",
    "exposure": null,
    "variants": [],
    "grpcDetails": [],
    "errorInfoMetadataKeys": [],
    "sinceVersion": null,
    "firstV1Release": null,
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [],
    "inDocs": false,
    "docs": {
      "legacyTable": false,
      "groupedTable": false,
      "zhLegacyTable": false,
      "referenceGuide": false,
      "referenceGuideNewest": true
    },
    "sourceFiles": [
      "pkg/messages/predefined.go @refs/pull/10380/head",
      "pkg/messages/errorcodes/errorcodes.go @refs/pull/10380/head"
    ],
    "notes": "listed only in newest stored dapr/docs error-codes-reference.md (commit 7324df1ff9427340a976cd1721e4c58f1705d467); not in dapr master snapshot; dapr/dapr PR #10461 (actor list/get timers, merged 2026-09-04, after snapshot) targets v1.19",
    "formerName": null,
    "docsUrl": "https://github.com/dapr/dapr/blob/refs/pull/10380/head/pkg/messages/predefined.go"
  }
];

export const REASON_ENTRIES: readonly ReasonEntry[] = [
  {
    "reason": "DAPR_STATE_NOT_FOUND",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_STORE_NOT_FOUND"
    ],
    "category": "state",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": "appID metadata only set on the HTTP path",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_NOT_CONFIGURED",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_STORE_NOT_CONFIGURED"
    ],
    "category": "state",
    "grpcCodes": [
      "FailedPrecondition"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_ILLEGAL_KEY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_MALFORMED_REQUEST"
    ],
    "category": "state",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo",
      "BadRequest"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go",
      "pkg/components/state/state_config.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_TRANSACTIONS_NOT_SUPPORTED",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_STORE_NOT_SUPPORTED"
    ],
    "category": "state",
    "grpcCodes": [
      "Unimplemented"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo",
      "Help"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_QUERYING_NOT_SUPPORTED",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_STORE_NOT_SUPPORTED"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go",
      "pkg/api/universal/state_query.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_TOO_MANY_TRANSACTIONS",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_STORE_TOO_MANY_TRANSACTIONS"
    ],
    "category": "state",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "currentOpsTransaction",
      "maxOpsPerTransaction"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_STATE_QUERY_FAILED",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_STATE_QUERY"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/state.go",
      "pkg/api/universal/state_query.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_NAME_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_EMPTY"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 404,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "(request metadata)"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_NOT_FOUND",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_NOT_FOUND"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 404,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "(request metadata)"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_TEST_NOT_FOUND",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_NOT_FOUND"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "NotFound"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.14.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "topic",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": "v1.13.x emitted DAPR_PUBSUB_TESTNOT_FOUND (missing underscore)",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_NOT_CONFIGURED",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_NOT_CONFIGURED"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "FailedPrecondition"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "(request metadata)"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_TOPIC_NAME_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_TOPIC_NAME_EMPTY"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 404,
    "sinceVersion": "v1.14.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": "v1.13.x emitted DAPR_PUBSUB_TOPICNAME_EMPTY together with code ERR_TOPIC_EMPTY",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_FORBIDDEN",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_FORBIDDEN"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "PermissionDenied"
    ],
    "httpStatus": 403,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "topic",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_PUBLISH_MESSAGE",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_PUBLISH_MESSAGE"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "topic",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_METADATA_DESERIALIZATION",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_REQUEST_METADATA"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_CLOUD_EVENT_CREATION",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_CLOUD_EVENTS_SER"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_MARSHAL_ENVELOPE",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_EVENTS_SER"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": "v1.13.x paired this reason with code ERR_PUBSUB_CLOUD_EVENTS_SER",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_MARSHAL_EVENTS",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_EVENTS_SER"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_UNMARSHAL_EVENTS",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBSUB_EVENTS_SER"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/pubsub.go"
    ],
    "notes": null,
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_PUBSUB_OUTBOX",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "ERR_PUBLISH_OUTBOX"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.13.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "error"
    ],
    "sourceFiles": [
      "pkg/api/errors/pubsub.go"
    ],
    "notes": "built as kit CodePrefixPubSub+\"OUTBOX\"; not listed in errorcodes.go nor in docs",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/errors/pubsub.go"
  },
  {
    "reason": "DAPR_SCHEDULER_SCHEDULE_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_SCHEDULE_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason; gRPC code follows the scheduler error since v1.16.0",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_JOB_NAME",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_JOB_NAME"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_JOB_NAME_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_JOB_NAME_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_GET_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_GET_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_LIST_JOBS",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_LIST_JOBS"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_DELETE_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_DELETE_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "DAPR_SCHEDULER_SCHEDULE_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "active",
    "codes": [
      "DAPR_SCHEDULER_SCHEDULE_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": true,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [
      "appID",
      "namespace"
    ],
    "sourceFiles": [
      "pkg/messages/errorcodes/errorcodes.go",
      "pkg/api/errors/scheduler.go",
      "pkg/api/errors/errors.go",
      "pkg/api/universal/jobs.go"
    ],
    "notes": "tagless kit error: HTTP errorCode equals the reason",
    "docsUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/"
  },
  {
    "reason": "ERR_INVOKE_OUTPUT_BINDING",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_INVOKE_OUTPUT_BINDING"
    ],
    "category": "binding",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_STATE_GET",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_STATE_GET"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_STATE_SAVE",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_STATE_SAVE"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal",
      "Aborted",
      "InvalidArgument"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_STATE_DELETE",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_STATE_DELETE"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal",
      "Aborted",
      "InvalidArgument"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_STATE_BULK_DELETE",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_STATE_BULK_DELETE"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal",
      "Aborted",
      "InvalidArgument"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_NOT_SUPPORTED_STATE_OPERATION",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_NOT_SUPPORTED_STATE_OPERATION"
    ],
    "category": "state",
    "grpcCodes": [
      "Unimplemented"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_STATE_TRANSACTION",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_STATE_TRANSACTION"
    ],
    "category": "state",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_CONFIGURATION_STORE_NOT_CONFIGURED",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_CONFIGURATION_STORE_NOT_CONFIGURED"
    ],
    "category": "configuration",
    "grpcCodes": [
      "FailedPrecondition"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_CONFIGURATION_STORE_NOT_FOUND",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_CONFIGURATION_STORE_NOT_FOUND"
    ],
    "category": "configuration",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_CONFIGURATION_GET",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_CONFIGURATION_GET"
    ],
    "category": "configuration",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "ERR_CONFIGURATION_SUBSCRIBE",
    "kind": "errorinfo-reason",
    "equalsCode": true,
    "status": "active",
    "codes": [
      "ERR_CONFIGURATION_SUBSCRIBE"
    ],
    "category": "configuration",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": null,
    "sinceVersion": "v1.15.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.15.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/errors.go",
      "pkg/api/grpc/grpc.go"
    ],
    "notes": "docs list this string only as an HTTP code, not as a gRPC reason",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/api/grpc/grpc.go"
  },
  {
    "reason": "DAPR_PUBSUB_TOPICNAME_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "ERR_TOPIC_EMPTY"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 404,
    "sinceVersion": "v1.13.0",
    "removedInVersion": "v1.14.0",
    "lastPresentIn": "v1.13.6",
    "replacedBy": "DAPR_PUBSUB_TOPIC_NAME_EMPTY",
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "v1.13.6",
        "removedIn": "v1.14.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo",
      "ResourceInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/pubsub.go @v1.13.x"
    ],
    "notes": "concatenation CodePrefixPubSub+\"TOPIC\"+\"NAME_EMPTY\" lacked an underscore",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.13.x/pkg/api/errors/pubsub.go"
  },
  {
    "reason": "DAPR_PUBSUB_TESTNOT_FOUND",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "ERR_PUBSUB_NOT_FOUND"
    ],
    "category": "pubsub",
    "grpcCodes": [
      "NotFound"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.13.0",
    "removedInVersion": "v1.14.0",
    "lastPresentIn": "v1.13.6",
    "replacedBy": "DAPR_PUBSUB_TEST_NOT_FOUND",
    "presence": [
      {
        "since": "v1.13.0",
        "lastPresent": "v1.13.6",
        "removedIn": "v1.14.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/pubsub.go @v1.13.x"
    ],
    "notes": "concatenation CodePrefixPubSub+\"TEST\"+\"NOT_FOUND\" lacked an underscore",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.13.x/pkg/api/errors/pubsub.go"
  },
  {
    "reason": "SCHEDULER_SCHEDULE_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_SCHEDULE_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_SCHEDULE_JOB",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_JOB_NAME",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_JOB_NAME"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_JOB_NAME",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_JOB_NAME_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_JOB_NAME_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_JOB_NAME_EMPTY",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_GET_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_GET_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_GET_JOB",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_LIST_JOBS",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_LIST_JOBS"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_LIST_JOBS",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_DELETE_JOB",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_DELETE_JOB"
    ],
    "category": "job",
    "grpcCodes": [
      "Internal"
    ],
    "httpStatus": 500,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_DELETE_JOB",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_EMPTY",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "SCHEDULER_SCHEDULE_EMPTY",
    "kind": "errorinfo-reason",
    "equalsCode": false,
    "status": "removed",
    "codes": [
      "SCHEDULER_SCHEDULE_EMPTY"
    ],
    "category": "job",
    "grpcCodes": [
      "InvalidArgument"
    ],
    "httpStatus": 400,
    "sinceVersion": "v1.14.0",
    "removedInVersion": "v1.15.0",
    "lastPresentIn": "v1.14.5",
    "replacedBy": "DAPR_SCHEDULER_SCHEDULE_EMPTY",
    "presence": [
      {
        "since": "v1.14.0",
        "lastPresent": "v1.14.5",
        "removedIn": "v1.15.0"
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/api/errors/scheduler.go @v1.14.x",
      "pkg/api/universal/jobs.go @v1.14.x"
    ],
    "notes": "no DAPR_ prefix in v1.14; also the HTTP errorCode value",
    "docsUrl": "https://github.com/dapr/dapr/blob/v1.14.x/pkg/api/universal/jobs.go"
  },
  {
    "reason": "DAPR_WORKFLOW_HISTORY_TAMPERED",
    "kind": "workflow-failure-type",
    "equalsCode": false,
    "status": "active",
    "codes": [],
    "category": "workflow",
    "grpcCodes": [],
    "httpStatus": null,
    "sinceVersion": "v1.18.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.18.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/runtime/wfengine/state/errors/errors.go"
    ],
    "notes": "FailureDetails.ErrorType of workflows failed because persisted history was tampered",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/runtime/wfengine/state/errors/errors.go"
  },
  {
    "reason": "WorkflowAccessPolicyDenied",
    "kind": "workflow-failure-type",
    "equalsCode": false,
    "status": "active",
    "codes": [],
    "category": "workflow",
    "grpcCodes": [],
    "httpStatus": null,
    "sinceVersion": "v1.18.0",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.18.0",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/actors/targets/workflow/orchestrator/messages/status.go"
    ],
    "notes": "task failure ErrorType",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/actors/targets/workflow/orchestrator/messages/status.go"
  },
  {
    "reason": "WorkflowInstanceAlreadyExists",
    "kind": "workflow-failure-type",
    "equalsCode": false,
    "status": "active",
    "codes": [],
    "category": "workflow",
    "grpcCodes": [],
    "httpStatus": null,
    "sinceVersion": "v1.18.2",
    "removedInVersion": null,
    "lastPresentIn": null,
    "replacedBy": null,
    "presence": [
      {
        "since": "v1.18.2",
        "lastPresent": "master",
        "removedIn": null
      }
    ],
    "inDocs": false,
    "grpcDetails": [
      "ErrorInfo"
    ],
    "errorInfoMetadataKeys": [],
    "sourceFiles": [
      "pkg/actors/targets/workflow/orchestrator/messages/status.go"
    ],
    "notes": "child workflow failure ErrorType",
    "docsUrl": "https://github.com/dapr/dapr/blob/d8450742ce/pkg/actors/targets/workflow/orchestrator/messages/status.go"
  }
];

export const FOREIGN_FAMILIES: readonly ForeignFamily[] = [
  {
    "name": "node",
    "description": "Node.js core error codes (err.code)",
    "codes": [
      "ERR_ACCESS_DENIED",
      "ERR_AMBIGUOUS_ARGUMENT",
      "ERR_ARG_NOT_ITERABLE",
      "ERR_ASSERTION",
      "ERR_ASYNC_CALLBACK",
      "ERR_ASYNC_TYPE",
      "ERR_BROTLI_COMPRESSION_FAILED",
      "ERR_BROTLI_INVALID_PARAM",
      "ERR_BROTLI_PARAM_SET_FAILED",
      "ERR_BUFFER_CONTEXT_NOT_AVAILABLE",
      "ERR_BUFFER_OUT_OF_BOUNDS",
      "ERR_BUFFER_TOO_LARGE",
      "ERR_CANNOT_WATCH_SIGINT",
      "ERR_CHILD_CLOSED_BEFORE_REPLY",
      "ERR_CHILD_PROCESS_IPC_REQUIRED",
      "ERR_CHILD_PROCESS_STDIO_MAXBUFFER",
      "ERR_CLOSED_MESSAGE_PORT",
      "ERR_CONSOLE_WRITABLE_STREAM",
      "ERR_CONSTRUCT_CALL_INVALID",
      "ERR_CONSTRUCT_CALL_REQUIRED",
      "ERR_CONTEXT_NOT_INITIALIZED",
      "ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED",
      "ERR_CRYPTO_ECDH_INVALID_FORMAT",
      "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY",
      "ERR_CRYPTO_ENGINE_UNKNOWN",
      "ERR_CRYPTO_FIPS_FORCED",
      "ERR_CRYPTO_FIPS_UNAVAILABLE",
      "ERR_CRYPTO_HASH_FINALIZED",
      "ERR_CRYPTO_HASH_UPDATE_FAILED",
      "ERR_CRYPTO_INCOMPATIBLE_KEY",
      "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
      "ERR_CRYPTO_INITIALIZATION_FAILED",
      "ERR_CRYPTO_INVALID_AUTH_TAG",
      "ERR_CRYPTO_INVALID_COUNTER",
      "ERR_CRYPTO_INVALID_CURVE",
      "ERR_CRYPTO_INVALID_DIGEST",
      "ERR_CRYPTO_INVALID_IV",
      "ERR_CRYPTO_INVALID_JWK",
      "ERR_CRYPTO_INVALID_KEYLEN",
      "ERR_CRYPTO_INVALID_KEYPAIR",
      "ERR_CRYPTO_INVALID_KEYTYPE",
      "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
      "ERR_CRYPTO_INVALID_MESSAGELEN",
      "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
      "ERR_CRYPTO_INVALID_STATE",
      "ERR_CRYPTO_INVALID_TAG_LENGTH",
      "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
      "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE",
      "ERR_CRYPTO_OPERATION_FAILED",
      "ERR_CRYPTO_PBKDF2_ERROR",
      "ERR_CRYPTO_SCRYPT_INVALID_PARAMETER",
      "ERR_CRYPTO_SCRYPT_NOT_SUPPORTED",
      "ERR_CRYPTO_SIGN_KEY_REQUIRED",
      "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
      "ERR_CRYPTO_UNKNOWN_CIPHER",
      "ERR_CRYPTO_UNKNOWN_DH_GROUP",
      "ERR_CRYPTO_UNSUPPORTED_OPERATION",
      "ERR_DEBUGGER_ERROR",
      "ERR_DEBUGGER_STARTUP_ERROR",
      "ERR_DIR_CLOSED",
      "ERR_DIR_CONCURRENT_OPERATION",
      "ERR_DLOPEN_DISABLED",
      "ERR_DLOPEN_FAILED",
      "ERR_DNS_SET_SERVERS_FAILED",
      "ERR_DOMAIN_CALLBACK_NOT_AVAILABLE",
      "ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE",
      "ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION",
      "ERR_ENCODING_INVALID_ENCODED_DATA",
      "ERR_ENCODING_NOT_SUPPORTED",
      "ERR_EVAL_ESM_CANNOT_PRINT",
      "ERR_EVENT_RECURSION",
      "ERR_EXECUTION_ENVIRONMENT_NOT_AVAILABLE",
      "ERR_FALSY_VALUE_REJECTION",
      "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
      "ERR_FS_CP_DIR_TO_NON_DIR",
      "ERR_FS_CP_EEXIST",
      "ERR_FS_CP_EINVAL",
      "ERR_FS_CP_FIFO_PIPE",
      "ERR_FS_CP_NON_DIR_TO_DIR",
      "ERR_FS_CP_SOCKET",
      "ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY",
      "ERR_FS_CP_UNKNOWN",
      "ERR_FS_EISDIR",
      "ERR_FS_FILE_TOO_LARGE",
      "ERR_FS_INVALID_SYMLINK_TYPE",
      "ERR_HTTP2_ALTSVC_INVALID_ORIGIN",
      "ERR_HTTP2_ALTSVC_LENGTH",
      "ERR_HTTP2_CONNECT_AUTHORITY",
      "ERR_HTTP2_CONNECT_PATH",
      "ERR_HTTP2_CONNECT_SCHEME",
      "ERR_HTTP2_ERROR",
      "ERR_HTTP2_GOAWAY_SESSION",
      "ERR_HTTP2_HEADERS_AFTER_RESPOND",
      "ERR_HTTP2_HEADERS_SENT",
      "ERR_HTTP2_HEADER_SINGLE_VALUE",
      "ERR_HTTP2_INFO_STATUS_NOT_ALLOWED",
      "ERR_HTTP2_INVALID_CONNECTION_HEADERS",
      "ERR_HTTP2_INVALID_HEADER_VALUE",
      "ERR_HTTP2_INVALID_INFO_STATUS",
      "ERR_HTTP2_INVALID_ORIGIN",
      "ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH",
      "ERR_HTTP2_INVALID_PSEUDOHEADER",
      "ERR_HTTP2_INVALID_SESSION",
      "ERR_HTTP2_INVALID_SETTING_VALUE",
      "ERR_HTTP2_INVALID_STREAM",
      "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK",
      "ERR_HTTP2_NESTED_PUSH",
      "ERR_HTTP2_NO_MEM",
      "ERR_HTTP2_NO_SOCKET_MANIPULATION",
      "ERR_HTTP2_ORIGIN_LENGTH",
      "ERR_HTTP2_OUT_OF_STREAMS",
      "ERR_HTTP2_PAYLOAD_FORBIDDEN",
      "ERR_HTTP2_PING_CANCEL",
      "ERR_HTTP2_PING_LENGTH",
      "ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED",
      "ERR_HTTP2_PUSH_DISABLED",
      "ERR_HTTP2_SEND_FILE",
      "ERR_HTTP2_SEND_FILE_NOSEEK",
      "ERR_HTTP2_SESSION_ERROR",
      "ERR_HTTP2_SETTINGS_CANCEL",
      "ERR_HTTP2_SOCKET_BOUND",
      "ERR_HTTP2_SOCKET_UNBOUND",
      "ERR_HTTP2_STATUS_101",
      "ERR_HTTP2_STATUS_INVALID",
      "ERR_HTTP2_STREAM_CANCEL",
      "ERR_HTTP2_STREAM_ERROR",
      "ERR_HTTP2_STREAM_SELF_DEPENDENCY",
      "ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS",
      "ERR_HTTP2_TOO_MANY_INVALID_FRAMES",
      "ERR_HTTP2_TRAILERS_ALREADY_SENT",
      "ERR_HTTP2_TRAILERS_NOT_READY",
      "ERR_HTTP2_UNSUPPORTED_PROTOCOL",
      "ERR_HTTP_BODY_NOT_ALLOWED",
      "ERR_HTTP_CONTENT_LENGTH_MISMATCH",
      "ERR_HTTP_HEADERS_SENT",
      "ERR_HTTP_INVALID_HEADER_VALUE",
      "ERR_HTTP_INVALID_STATUS_CODE",
      "ERR_HTTP_REQUEST_TIMEOUT",
      "ERR_HTTP_SOCKET_ASSIGNED",
      "ERR_HTTP_SOCKET_ENCODING",
      "ERR_HTTP_TRAILER_INVALID",
      "ERR_ILLEGAL_CONSTRUCTOR",
      "ERR_IMPORT_ASSERTION_TYPE_FAILED",
      "ERR_IMPORT_ASSERTION_TYPE_MISSING",
      "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED",
      "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
      "ERR_INCOMPATIBLE_OPTION_PAIR",
      "ERR_INPUT_TYPE_NOT_ALLOWED",
      "ERR_INSPECTOR_ALREADY_ACTIVATED",
      "ERR_INSPECTOR_ALREADY_CONNECTED",
      "ERR_INSPECTOR_CLOSED",
      "ERR_INSPECTOR_COMMAND",
      "ERR_INSPECTOR_NOT_ACTIVE",
      "ERR_INSPECTOR_NOT_AVAILABLE",
      "ERR_INSPECTOR_NOT_CONNECTED",
      "ERR_INSPECTOR_NOT_WORKER",
      "ERR_INTERNAL_ASSERTION",
      "ERR_INVALID_ADDRESS",
      "ERR_INVALID_ADDRESS_FAMILY",
      "ERR_INVALID_ARG_TYPE",
      "ERR_INVALID_ARG_VALUE",
      "ERR_INVALID_ASYNC_ID",
      "ERR_INVALID_BUFFER_SIZE",
      "ERR_INVALID_CHAR",
      "ERR_INVALID_CURSOR_POS",
      "ERR_INVALID_FD",
      "ERR_INVALID_FD_TYPE",
      "ERR_INVALID_FILE_URL_HOST",
      "ERR_INVALID_FILE_URL_PATH",
      "ERR_INVALID_HANDLE_TYPE",
      "ERR_INVALID_HTTP_TOKEN",
      "ERR_INVALID_IP_ADDRESS",
      "ERR_INVALID_MIME_SYNTAX",
      "ERR_INVALID_MODULE",
      "ERR_INVALID_MODULE_SPECIFIER",
      "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
      "ERR_INVALID_PACKAGE_CONFIG",
      "ERR_INVALID_PACKAGE_TARGET",
      "ERR_INVALID_PROTOCOL",
      "ERR_INVALID_REPL_EVAL_CONFIG",
      "ERR_INVALID_REPL_INPUT",
      "ERR_INVALID_RETURN_PROPERTY",
      "ERR_INVALID_RETURN_PROPERTY_VALUE",
      "ERR_INVALID_RETURN_VALUE",
      "ERR_INVALID_STATE",
      "ERR_INVALID_SUBPATH",
      "ERR_INVALID_SYNC_FORK_INPUT",
      "ERR_INVALID_THIS",
      "ERR_INVALID_TRANSFER_OBJECT",
      "ERR_INVALID_TUPLE",
      "ERR_INVALID_URI",
      "ERR_INVALID_URL",
      "ERR_INVALID_URL_SCHEME",
      "ERR_IPC_CHANNEL_CLOSED",
      "ERR_IPC_DISCONNECTED",
      "ERR_IPC_ONE_PIPE",
      "ERR_IPC_SYNC_FORK",
      "ERR_LEXER_ESM_SYNTAX",
      "ERR_LOADER_CHAIN_INCOMPLETE",
      "ERR_MANIFEST_ASSERT_INTEGRITY",
      "ERR_MANIFEST_DEPENDENCY_MISSING",
      "ERR_MANIFEST_INTEGRITY_MISMATCH",
      "ERR_MANIFEST_INVALID_RESOURCE_FIELD",
      "ERR_MANIFEST_INVALID_SPECIFIER",
      "ERR_MANIFEST_TDZ",
      "ERR_MANIFEST_UNKNOWN_ONERROR",
      "ERR_MEMORY_ALLOCATION_FAILED",
      "ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE",
      "ERR_METHOD_NOT_IMPLEMENTED",
      "ERR_MISSING_ARGS",
      "ERR_MISSING_OPTION",
      "ERR_MISSING_PASSPHRASE",
      "ERR_MISSING_PLATFORM_FOR_WORKER",
      "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
      "ERR_MODULE_NOT_FOUND",
      "ERR_MULTIPLE_CALLBACK",
      "ERR_NAPI_CONS_FUNCTION",
      "ERR_NAPI_INVALID_DATAVIEW_ARGS",
      "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
      "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
      "ERR_NAPI_TSFN_CALL_JS",
      "ERR_NAPI_TSFN_GET_UNDEFINED",
      "ERR_NETWORK_IMPORT_BAD_RESPONSE",
      "ERR_NETWORK_IMPORT_DISALLOWED",
      "ERR_NON_CONTEXT_AWARE_DISABLED",
      "ERR_NOT_BUILDING_SNAPSHOT",
      "ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION",
      "ERR_NOT_SUPPORTED_IN_SNAPSHOT",
      "ERR_NO_CRYPTO",
      "ERR_NO_ICU",
      "ERR_OPERATION_FAILED",
      "ERR_OSSL_BN_BITS_TOO_SMALL",
      "ERR_OSSL_EVP_INVALID_DIGEST",
      "ERR_OUT_OF_RANGE",
      "ERR_PACKAGE_IMPORT_NOT_DEFINED",
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
      "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
      "ERR_PARSE_ARGS_UNKNOWN_OPTION",
      "ERR_PERFORMANCE_INVALID_TIMESTAMP",
      "ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS",
      "ERR_PROTO_ACCESS",
      "ERR_REQUIRE_ASYNC_MODULE",
      "ERR_REQUIRE_CYCLE_MODULE",
      "ERR_REQUIRE_ESM",
      "ERR_SCRIPT_EXECUTION_INTERRUPTED",
      "ERR_SCRIPT_EXECUTION_TIMEOUT",
      "ERR_SERVER_ALREADY_LISTEN",
      "ERR_SERVER_NOT_RUNNING",
      "ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND",
      "ERR_SOCKET_ALREADY_BOUND",
      "ERR_SOCKET_BAD_BUFFER_SIZE",
      "ERR_SOCKET_BAD_PORT",
      "ERR_SOCKET_BAD_TYPE",
      "ERR_SOCKET_BUFFER_SIZE",
      "ERR_SOCKET_CLOSED",
      "ERR_SOCKET_CLOSED_BEFORE_CONNECTION",
      "ERR_SOCKET_CONNECTION_TIMEOUT",
      "ERR_SOCKET_DGRAM_IS_CONNECTED",
      "ERR_SOCKET_DGRAM_NOT_CONNECTED",
      "ERR_SOCKET_DGRAM_NOT_RUNNING",
      "ERR_SRI_PARSE",
      "ERR_STREAM_ALREADY_FINISHED",
      "ERR_STREAM_CANNOT_PIPE",
      "ERR_STREAM_DESTROYED",
      "ERR_STREAM_NULL_VALUES",
      "ERR_STREAM_PREMATURE_CLOSE",
      "ERR_STREAM_PUSH_AFTER_EOF",
      "ERR_STREAM_UNSHIFT_AFTER_END_EVENT",
      "ERR_STREAM_WRAP",
      "ERR_STREAM_WRITE_AFTER_END",
      "ERR_STRING_TOO_LONG",
      "ERR_SYNTHETIC",
      "ERR_SYSTEM_ERROR",
      "ERR_TEST_FAILURE",
      "ERR_TLS_ALPN_CALLBACK_INVALID_RESULT",
      "ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS",
      "ERR_TLS_CERT_ALTNAME_FORMAT",
      "ERR_TLS_CERT_ALTNAME_INVALID",
      "ERR_TLS_DH_PARAM_SIZE",
      "ERR_TLS_HANDSHAKE_TIMEOUT",
      "ERR_TLS_INVALID_CONTEXT",
      "ERR_TLS_INVALID_PROTOCOL_METHOD",
      "ERR_TLS_INVALID_PROTOCOL_VERSION",
      "ERR_TLS_INVALID_STATE",
      "ERR_TLS_PROTOCOL_VERSION_CONFLICT",
      "ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED",
      "ERR_TLS_RENEGOTIATION_DISABLED",
      "ERR_TLS_REQUIRED_SERVER_NAME",
      "ERR_TLS_SESSION_ATTACK",
      "ERR_TLS_SNI_FROM_SERVER",
      "ERR_TRACE_EVENTS_CATEGORY_REQUIRED",
      "ERR_TRACE_EVENTS_UNAVAILABLE",
      "ERR_TTY_INIT_FAILED",
      "ERR_UNAVAILABLE_DURING_EXIT",
      "ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET",
      "ERR_UNESCAPED_CHARACTERS",
      "ERR_UNHANDLED_ERROR",
      "ERR_UNHANDLED_REJECTION",
      "ERR_UNKNOWN_BUILTIN_MODULE",
      "ERR_UNKNOWN_CREDENTIAL",
      "ERR_UNKNOWN_ENCODING",
      "ERR_UNKNOWN_FILE_EXTENSION",
      "ERR_UNKNOWN_MODULE_FORMAT",
      "ERR_UNKNOWN_SIGNAL",
      "ERR_UNSUPPORTED_DIR_IMPORT",
      "ERR_UNSUPPORTED_ESM_URL_SCHEME",
      "ERR_UNSUPPORTED_RESOLVE_REQUEST",
      "ERR_USE_AFTER_CLOSE",
      "ERR_VALID_PERFORMANCE_ENTRY_TYPE",
      "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING",
      "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG",
      "ERR_VM_MODULE_ALREADY_LINKED",
      "ERR_VM_MODULE_CACHED_DATA_REJECTED",
      "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA",
      "ERR_VM_MODULE_DIFFERENT_CONTEXT",
      "ERR_VM_MODULE_LINK_FAILURE",
      "ERR_VM_MODULE_NOT_MODULE",
      "ERR_VM_MODULE_STATUS",
      "ERR_WASI_ALREADY_STARTED",
      "ERR_WASI_NOT_STARTED",
      "ERR_WEBASSEMBLY_RESPONSE",
      "ERR_WORKER_INIT_FAILED",
      "ERR_WORKER_INVALID_EXEC_ARGV",
      "ERR_WORKER_MESSAGING_ERRORED",
      "ERR_WORKER_MESSAGING_FAILED",
      "ERR_WORKER_MESSAGING_SAME_THREAD",
      "ERR_WORKER_MESSAGING_TIMEOUT",
      "ERR_WORKER_NOT_RUNNING",
      "ERR_WORKER_OUT_OF_MEMORY",
      "ERR_WORKER_PATH",
      "ERR_WORKER_UNSERIALIZABLE_ERROR",
      "ERR_WORKER_UNSUPPORTED_OPERATION",
      "ERR_ZLIB_INITIALIZATION_FAILED"
    ],
    "prefixes": []
  },
  {
    "name": "axios",
    "description": "axios AxiosError codes (err.code)",
    "codes": [
      "ERR_BAD_OPTION",
      "ERR_BAD_OPTION_VALUE",
      "ERR_BAD_REQUEST",
      "ERR_BAD_RESPONSE",
      "ERR_CANCELED",
      "ERR_DEPRECATED",
      "ERR_FORM_DATA_DEPTH_EXCEEDED",
      "ERR_FR_TOO_MANY_REDIRECTS",
      "ERR_INVALID_URL",
      "ERR_NETWORK",
      "ERR_NOT_SUPPORT"
    ],
    "prefixes": []
  },
  {
    "name": "pnpm",
    "description": "pnpm error codes",
    "codes": [],
    "prefixes": [
      "ERR_PNPM_"
    ]
  },
  {
    "name": "dapr-js-sdk",
    "description": "@dapr/dapr's own sidecar/server messages (not runtime codes)",
    "codes": [
      "COULD_NOT_PARSE_RESULT",
      "DAPR_INCORRECT_SERVER_PORT",
      "DAPR_INCORRECT_SIDECAR_PORT",
      "DAPR_SIDECAR_COULD_NOT_BE_STARTED"
    ],
    "prefixes": []
  },
  {
    "name": "dapr-env",
    "description": "Environment variable names read by Dapr SDKs and the CLI",
    "codes": [
      "APP_API_TOKEN",
      "APP_ID",
      "APP_PORT",
      "DAPR_API_TOKEN",
      "DAPR_DEFAULT_IMAGE_REGISTRY",
      "DAPR_GRPC_ENDPOINT",
      "DAPR_GRPC_PORT",
      "DAPR_HELM_REPO_PASSWORD",
      "DAPR_HELM_REPO_URL",
      "DAPR_HELM_REPO_USERNAME",
      "DAPR_HTTP_ENDPOINT",
      "DAPR_HTTP_PORT",
      "DAPR_METRICS_PORT",
      "DAPR_PORT",
      "DAPR_PROFILE_PORT",
      "NAMESPACE"
    ],
    "prefixes": []
  }
];

export const META: CatalogMeta = {
  "latestRelease": "v1.18.3",
  "masterLine": "1.19",
  "daprCommit": "d8450742ce",
  "docsReferenceUrl": "https://docs.dapr.io/developing-applications/error-codes/error-codes-reference/",
  "sourceRepoUrl": "https://github.com/dapr/dapr",
  "releaseLines": [
    "v0.1.0",
    "v0.2.0",
    "v0.3.0",
    "v0.4.1",
    "v0.5.1",
    "v0.6.0",
    "v0.7.1",
    "v0.8.0",
    "v0.9.0",
    "v0.10.0",
    "v0.11.3",
    "v1.0.1",
    "v1.1.2",
    "v1.2.2",
    "v1.3.1",
    "v1.4.4",
    "v1.5.3",
    "v1.6.3",
    "v1.7.6",
    "v1.8.7",
    "v1.9.6",
    "v1.10.10",
    "v1.11.6",
    "v1.12.5",
    "v1.13.6",
    "v1.14.5",
    "v1.15.14",
    "v1.16.19",
    "v1.17.13",
    "v1.18.3"
  ]
};
