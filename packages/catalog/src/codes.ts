import type {
  CODES_BY_CATEGORY,
  CURRENT_CODES,
  CURRENT_REASONS,
  DOCS_ONLY_CODES,
  REMOVED_CODES,
  REMOVED_REASONS,
  WORKFLOW_FAILURE_TYPES,
} from './generated/data.js';

/** Every code the current runtime defines (active, defined-but-unused, unreleased). Removed codes are not here. */
export type DaprErrorCode = (typeof CURRENT_CODES)[number];
/** Codes that older runtimes sent and the current one does not. */
export type RemovedDaprErrorCode = (typeof REMOVED_CODES)[number];
/** Codes listed in the Dapr docs but in no runtime source of the snapshot. */
export type DocsOnlyDaprErrorCode = (typeof DOCS_ONLY_CODES)[number];
/** Every code in the catalog, whatever its status. */
export type AnyDaprErrorCode = DaprErrorCode | RemovedDaprErrorCode | DocsOnlyDaprErrorCode;

export type CodeCategory = keyof typeof CODES_BY_CATEGORY;
/** The current codes of one category. */
export type DaprErrorCodeOf<C extends CodeCategory> = (typeof CODES_BY_CATEGORY)[C][number];

export type DaprActorErrorCode = DaprErrorCodeOf<'actor'>;
export type DaprWorkflowErrorCode = DaprErrorCodeOf<'workflow'>;
export type DaprStateErrorCode = DaprErrorCodeOf<'state'>;
export type DaprPubsubErrorCode = DaprErrorCodeOf<'pubsub'>;
export type DaprConfigurationErrorCode = DaprErrorCodeOf<'configuration'>;
export type DaprCryptoErrorCode = DaprErrorCodeOf<'crypto'>;
export type DaprSecretErrorCode = DaprErrorCodeOf<'secret'>;
export type DaprConversationErrorCode = DaprErrorCodeOf<'conversation'>;
export type DaprServiceInvocationErrorCode = DaprErrorCodeOf<'service-invocation'>;
export type DaprBindingErrorCode = DaprErrorCodeOf<'binding'>;
export type DaprLockErrorCode = DaprErrorCodeOf<'lock'>;
export type DaprJobErrorCode = DaprErrorCodeOf<'job'>;
export type DaprHealthErrorCode = DaprErrorCodeOf<'health'>;
export type DaprCommonErrorCode = DaprErrorCodeOf<'common'>;

/** ErrorInfo reasons the current runtime sends. */
export type DaprErrorReason = (typeof CURRENT_REASONS)[number];
/** ErrorInfo reasons older runtimes sent. */
export type RemovedDaprErrorReason = (typeof REMOVED_REASONS)[number];
export type AnyDaprErrorReason = DaprErrorReason | RemovedDaprErrorReason;
/** Workflow FailureDetails.ErrorType strings. */
export type DaprWorkflowFailureType = (typeof WORKFLOW_FAILURE_TYPES)[number];
