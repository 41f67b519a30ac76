/** Hand-written shapes of the catalog data; `generated/data.ts` is checked against them by tsc. */

export type Category =
  | 'actor'
  | 'workflow'
  | 'state'
  | 'configuration'
  | 'crypto'
  | 'secret'
  | 'pubsub'
  | 'conversation'
  | 'service-invocation'
  | 'binding'
  | 'lock'
  | 'job'
  | 'health'
  | 'common'
  | 'metadata';

/** Go `codes.*` names, as the runtime uses them. */
export type GrpcCode =
  | 'OK'
  | 'Canceled'
  | 'Unknown'
  | 'InvalidArgument'
  | 'DeadlineExceeded'
  | 'NotFound'
  | 'AlreadyExists'
  | 'PermissionDenied'
  | 'ResourceExhausted'
  | 'FailedPrecondition'
  | 'Aborted'
  | 'OutOfRange'
  | 'Unimplemented'
  | 'Internal'
  | 'Unavailable'
  | 'DataLoss'
  | 'Unauthenticated';

/** `from-kit-error`: the status is taken from the component's own error. */
export type HttpStatus = number | 'from-kit-error';

/** One stretch of presence: first tag holding it, last tag holding it, first tag without it (null: still there). */
export interface PresenceInterval {
  readonly since: string;
  readonly lastPresent: string;
  readonly removedIn: string | null;
}

export interface Variant {
  readonly where: string;
  readonly httpStatus?: HttpStatus | null;
  readonly grpcCode?: GrpcCode | null;
  readonly reasons?: readonly string[];
  readonly messageTemplate?: string;
  readonly grpcDetails?: readonly string[];
}

export interface DocsListing {
  readonly legacyTable: boolean;
  readonly groupedTable: boolean;
  readonly zhLegacyTable: boolean;
  readonly referenceGuide: boolean;
  readonly referenceGuideNewest: boolean;
}

/** An older name the runtime sent for the same error (the v1.14 scheduler codes had no `DAPR_` prefix). */
export interface FormerName {
  readonly code: string;
  readonly presence: PresenceInterval;
  readonly note: string;
}

interface CodeEntryBase {
  readonly code: string;
  readonly category: Category;
  /** Further categories the same code is used in (`ERR_MALFORMED_REQUEST` is common and state). */
  readonly alsoCategories: readonly Category[];
  readonly summary: string;
  readonly httpStatus: number | null;
  readonly grpcCode: GrpcCode | null;
  /** ErrorInfo reasons sent with the code; empty when the gRPC status carries no ErrorInfo. */
  readonly reasons: readonly string[];
  readonly messageTemplate: string | null;
  readonly exposure: string | null;
  readonly variants: readonly Variant[];
  readonly grpcDetails: readonly string[];
  readonly errorInfoMetadataKeys: readonly string[];
  readonly presence: readonly PresenceInterval[];
  readonly inDocs: boolean;
  readonly docs: DocsListing;
  readonly sourceFiles: readonly string[];
  readonly notes: string | null;
  readonly formerName: FormerName | null;
  /** Where to read about it: the Dapr docs reference when listed there, else the runtime source. */
  readonly docsUrl: string;
}

/** A code in the current runtime source (master). `defined-unused` is declared but never sent. */
export interface CurrentCodeEntry extends CodeEntryBase {
  readonly status: 'active' | 'defined-unused' | 'unreleased';
  readonly sinceVersion: string;
  readonly firstV1Release: string | null;
  readonly removedInVersion: null;
  readonly lastPresentIn: null;
  readonly replacedBy: null;
}

export interface RemovedCodeEntry extends CodeEntryBase {
  readonly status: 'removed';
  readonly sinceVersion: string;
  readonly firstV1Release: string | null;
  readonly removedInVersion: string;
  readonly lastPresentIn: string;
  /** The code the runtime sends instead, when there is an exact successor. */
  readonly replacedBy: string | null;
}

/** Listed in the Dapr docs but not in any runtime source of the snapshot. */
export interface DocsOnlyCodeEntry extends CodeEntryBase {
  readonly status: 'docs-only';
  readonly sinceVersion: null;
  readonly firstV1Release: null;
  readonly removedInVersion: null;
  readonly lastPresentIn: null;
  readonly replacedBy: null;
}

export type CodeEntry = CurrentCodeEntry | RemovedCodeEntry | DocsOnlyCodeEntry;
export type CodeStatus = CodeEntry['status'];

interface ReasonEntryBase {
  readonly reason: string;
  /** `errorinfo-reason`: a google.rpc.ErrorInfo reason; `workflow-failure-type`: a workflow FailureDetails.ErrorType. */
  readonly kind: 'errorinfo-reason' | 'workflow-failure-type';
  /** True when the reason is the same string as its code (apierrors.Basic, gRPC API only). */
  readonly equalsCode: boolean;
  readonly codes: readonly string[];
  readonly category: Category;
  /** Every gRPC code it is sent with (some reasons come with Internal, Aborted or InvalidArgument). */
  readonly grpcCodes: readonly GrpcCode[];
  readonly httpStatus: number | null;
  readonly sinceVersion: string;
  readonly inDocs: boolean;
  readonly grpcDetails: readonly string[];
  readonly errorInfoMetadataKeys: readonly string[];
  readonly sourceFiles: readonly string[];
  readonly notes: string | null;
  readonly presence: readonly PresenceInterval[];
  readonly docsUrl: string;
}

export interface CurrentReasonEntry extends ReasonEntryBase {
  readonly status: 'active';
  readonly removedInVersion: null;
  readonly lastPresentIn: null;
  readonly replacedBy: null;
}

export interface RemovedReasonEntry extends ReasonEntryBase {
  readonly status: 'removed';
  readonly removedInVersion: string;
  readonly lastPresentIn: string;
  readonly replacedBy: string | null;
}

export type ReasonEntry = CurrentReasonEntry | RemovedReasonEntry;

export interface ForeignFamily {
  readonly name: string;
  readonly description: string;
  readonly codes: readonly string[];
  readonly prefixes: readonly string[];
}

export interface CatalogMeta {
  readonly latestRelease: string;
  readonly masterLine: string;
  readonly daprCommit: string;
  readonly docsReferenceUrl: string;
  readonly sourceRepoUrl: string;
  /** The newest release of each minor line, in version order (`v1.16.19` for 1.16): every line a runtime can be. */
  readonly releaseLines: readonly string[];
}
