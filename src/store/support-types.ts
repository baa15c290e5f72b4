// Support requests to the Regional Disruption Team, with their append-only audit trail.
// Instants are ISO 8601 UTC strings.

export type SupportStatus = 'new' | 'acknowledged' | 'assigned' | 'in-progress' | 'resolved' | 'declined' | 'withdrawn';
export type SupportUrgency = 'routine' | 'priority' | 'urgent';
export type SupportType = 'disruption-tactics' | '4p-plan-review' | 'chb-advice' | 'partner-gain' | 'training' | 'other';

/** A Teams user, by AAD object id, with the display name Teams gave when they acted. */
export interface Person {
  aadObjectId: string;
  name?: string;
}

/** What the requester filled in on the form. */
export interface SupportDetails {
  force: string;
  operation: string;
  supportType: SupportType;
  urgency: SupportUrgency;
  summary: string;
  contact?: string;
}

/** The part of a request that changes; every event records the state it left behind. */
export interface SupportState {
  status: SupportStatus;
  assignee?: Person;
  declineReason?: string;
  /** When a coordinator first acted on it (acknowledged, assigned or declined). */
  acknowledgedAt?: string;
}

/** Why the requester may not have heard about the latest change. */
export type RequesterNotice = 'no-personal-chat' | 'send-failed';

export interface SupportRequest extends SupportDetails, SupportState {
  /** Opaque and stable; derived from the requester and the form's idempotency key. */
  id: string;
  /** The human reference, RDT-YYYY-NNNN. */
  reference: string;
  tenantId: string;
  requester: Person;
  createdAt: string;
  updatedAt: string;
  /** The number of events so far; a change must name the version it was based on. */
  version: number;
  /** The card in the triage channel, once posted. */
  triage?: { conversationId: string; activityId: string };
  requesterNotice?: RequesterNotice;
}

export type SupportEventKind = 'created' | 'status' | 'assigned' | 'note';

/** One entry of a request's audit trail. Never edited or deleted. */
export interface SupportEvent {
  requestId: string;
  /** 1 for the creation, then one more per change: the request's version after it. */
  seq: number;
  at: string;
  by: Person;
  kind: SupportEventKind;
  from?: SupportStatus;
  to: SupportStatus;
  note?: string;
  /** For notes: whether it was addressed to the requester (otherwise coordinators only). */
  toRequester?: boolean;
  /** The request's state after this event. */
  state: SupportState;
}

/** A new request, before it has a reference. */
export interface NewSupportRequest extends SupportDetails {
  id: string;
  tenantId: string;
  requester: Person;
  createdAt: string;
}

export interface SupportFilter {
  requesterAadObjectId?: string;
  statuses?: SupportStatus[];
  force?: string;
  urgency?: SupportUrgency;
}

/** A short-lived link to a CSV export, stored by the SHA-256 of its token. */
export interface SupportDownload {
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface SupportRepository {
  /**
   * Records a request numbered from its year's counter (RDT-`year`-NNNN), with its `created`
   * event. Recording the same id again returns the first request with `created: false`.
   */
  create(draft: NewSupportRequest, year: number): Promise<{ request: SupportRequest; created: boolean }>;
  get(id: string): Promise<SupportRequest | undefined>;
  getByReference(reference: string): Promise<SupportRequest | undefined>;
  /** Matching requests, oldest first. */
  list(filter: SupportFilter): Promise<SupportRequest[]>;
  /**
   * Appends `event` (as seq `expectedVersion + 1`) and moves the request to `event.state`, only if
   * the request is still at `expectedVersion`. Undefined when someone else changed it first.
   */
  append(id: string, expectedVersion: number, event: Omit<SupportEvent, 'requestId' | 'seq'>): Promise<SupportRequest | undefined>;
  /** The audit trail, in order. */
  events(id: string): Promise<SupportEvent[]>;
  setTriage(id: string, triage: { conversationId: string; activityId: string }): Promise<void>;
  setRequesterNotice(id: string, notice: RequesterNotice | undefined): Promise<void>;
  /** The next number of `year`'s counter; unique even when called concurrently from several instances. */
  allocateNumber(year: number): Promise<number>;
  addDownload(download: SupportDownload): Promise<void>;
  getDownload(tokenHash: string): Promise<SupportDownload | undefined>;
  /** Forgets downloads that expired before `at`. */
  purgeDownloads(at: string): Promise<void>;
}

/** The human reference for `year`'s `n`th request: RDT-2026-0042. */
export function supportReference(year: number, n: number): string {
  return `RDT-${year}-${String(n).padStart(4, '0')}`;
}
