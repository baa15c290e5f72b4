import type { Db } from 'mongodb';
import { AppError } from '../../errors';
import { supportReference, type SupportDownload, type SupportEvent, type SupportRepository, type SupportRequest, type SupportState } from '../support-types';
import { insertOnce } from './mongo-store';

// FerretDB 1.x does not make conditional updates or $inc atomic under concurrency, so both the
// reference counter and the version check are decided by inserting a unique _id:
// `support_numbers` holds one document per number handed out ("2026-42"), and each event's _id
// is "<requestId>#<seq>", so two changes based on the same version cannot both be recorded.

type RequestDoc = Omit<SupportRequest, 'id'> & { _id: string };
type EventDoc = SupportEvent & { _id: string };
type NumberDoc = { _id: string; year: number; n: number };
type DownloadDoc = Omit<SupportDownload, 'tokenHash'> & { _id: string };

/** Enough attempts for hundreds of simultaneous allocations; beyond that something is wrong. */
const MAX_ALLOCATION_ATTEMPTS = 1000;
const STATE_FIELDS = ['status', 'assignee', 'declineReason', 'acknowledgedAt'] as const;

export async function ensureSupportIndexes(db: Db): Promise<void> {
  await db.collection('support_requests').createIndex({ reference: 1 });
  await db.collection('support_requests').createIndex({ 'requester.aadObjectId': 1, createdAt: 1 });
  await db.collection('support_requests').createIndex({ status: 1, createdAt: 1 });
  await db.collection('support_events').createIndex({ requestId: 1, seq: 1 });
  await db.collection('support_numbers').createIndex({ year: 1, n: -1 });
}

function stateUpdate(state: SupportState, at: string, version: number) {
  const set: Record<string, unknown> = { updatedAt: at, version };
  const unset: Record<string, ''> = {};
  for (const field of STATE_FIELDS) {
    if (state[field] === undefined) unset[field] = '';
    else set[field] = state[field];
  }
  return Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set };
}

/** MongoDB-wire support requests (MongoDB, Cosmos DB for MongoDB, FerretDB). */
export function supportRepository(db: Db): SupportRepository {
  const requests = db.collection<RequestDoc>('support_requests');
  const events = db.collection<EventDoc>('support_events');
  const numbers = db.collection<NumberDoc>('support_numbers');
  const downloads = db.collection<DownloadDoc>('support_downloads');
  const fromDoc = ({ _id, ...rest }: RequestDoc): SupportRequest => ({ id: _id, ...rest });
  const fromEventDoc = ({ _id: _eventId, ...rest }: EventDoc): SupportEvent => rest;

  async function get(id: string): Promise<SupportRequest | undefined> {
    const doc = await requests.findOne({ _id: id });
    return doc ? fromDoc(doc) : undefined;
  }

  async function allocateNumber(year: number): Promise<number> {
    for (let attempt = 0; attempt < MAX_ALLOCATION_ATTEMPTS; attempt++) {
      const top = await numbers.find({ year }).sort({ n: -1 }).limit(1).next();
      const n = (top?.n ?? 0) + 1;
      if (await insertOnce(() => numbers.insertOne({ _id: `${year}-${n}`, year, n }))) return n;
    }
    throw new AppError('conflict', 'Too many requests are being raised at once. Please try again in a moment.');
  }

  // An event recorded by an instance that stopped before updating the request is applied here,
  // so the request cannot stay stuck behind its own audit trail.
  async function rollForward(id: string): Promise<void> {
    for (let request = await get(id); request; request = await get(id)) {
      const next = await events.findOne({ _id: `${id}#${request.version + 1}` });
      if (!next) return;
      await requests.updateOne({ _id: id }, stateUpdate(next.state, next.at, next.seq));
    }
  }

  return {
    async create(draft, year) {
      const existing = await get(draft.id);
      if (existing) return { request: existing, created: false };
      const { id, ...details } = draft;
      const doc: RequestDoc = {
        _id: id,
        ...details,
        reference: supportReference(year, await allocateNumber(year)),
        status: 'new',
        updatedAt: draft.createdAt,
        version: 1,
      };
      // A double submit racing this one may win the insert; its number is then left unused.
      if (!(await insertOnce(() => requests.insertOne(doc)))) return { request: (await get(id))!, created: false };
      await events.insertOne({
        _id: `${id}#1`,
        requestId: id,
        seq: 1,
        at: draft.createdAt,
        by: draft.requester,
        kind: 'created',
        to: 'new',
        state: { status: 'new' },
      });
      return { request: fromDoc(doc), created: true };
    },
    get,
    async getByReference(reference) {
      const doc = await requests.findOne({ reference });
      return doc ? fromDoc(doc) : undefined;
    },
    async list(filter) {
      const query: Record<string, unknown> = {};
      if (filter.requesterAadObjectId) query['requester.aadObjectId'] = filter.requesterAadObjectId;
      if (filter.statuses) query.status = { $in: filter.statuses };
      if (filter.force) query.force = filter.force;
      if (filter.urgency) query.urgency = filter.urgency;
      return (await requests.find(query).sort({ createdAt: 1, reference: 1 }).toArray()).map(fromDoc);
    },
    async append(id, expectedVersion, event) {
      const current = await get(id);
      if (!current || current.version !== expectedVersion) return undefined;
      const seq = expectedVersion + 1;
      if (!(await insertOnce(() => events.insertOne({ _id: `${id}#${seq}`, requestId: id, seq, ...event })))) {
        await rollForward(id);
        return undefined;
      }
      await requests.updateOne({ _id: id }, stateUpdate(event.state, event.at, seq));
      return get(id);
    },
    async events(id) {
      return (await events.find({ requestId: id }).sort({ seq: 1 }).toArray()).map(fromEventDoc);
    },
    async setTriage(id, triage) {
      await requests.updateOne({ _id: id }, { $set: { triage } });
    },
    async setRequesterNotice(id, notice) {
      await requests.updateOne({ _id: id }, notice ? { $set: { requesterNotice: notice } } : { $unset: { requesterNotice: '' } });
    },
    allocateNumber,
    async addDownload({ tokenHash, ...rest }) {
      await downloads.insertOne({ _id: tokenHash, ...rest });
    },
    async getDownload(tokenHash) {
      const doc = await downloads.findOne({ _id: tokenHash });
      return doc ? { tokenHash: doc._id, createdBy: doc.createdBy, createdAt: doc.createdAt, expiresAt: doc.expiresAt } : undefined;
    },
    async purgeDownloads(at) {
      await downloads.deleteMany({ expiresAt: { $lt: at } });
    },
  };
}
