import { MongoClient, type Db } from 'mongodb';
import { AppError } from '../../errors';
import type {
  ConversationRecord,
  Delivery,
  DeliveryRepository,
  Setting,
  SettingsRepository,
  ConversationRepository,
  FeedbackRecord,
  FeedbackRepository,
  Store,
  UnansweredQuestion,
  UnansweredRepository,
} from '../types';
import { ensureSupportIndexes, supportRepository } from './support';
import { mongoPlansDropInsSites } from './plans-dropins-sites';
import { mongoInduction } from './induction';
import { ensureQualityIndexes, mongoQuality } from './quality';

// Single-document operations and unique indexes only, so the same code runs on MongoDB,
// Azure Cosmos DB for MongoDB and FerretDB (no multi-document transactions). FerretDB 1.x does
// not make a conditional update atomic under concurrency (measured: 7 of 10 racing
// findOneAndUpdate calls "won"), so every claim is decided by inserting a unique _id instead.

type ConversationDoc = Omit<ConversationRecord, 'id'> & { _id: string };
type UnansweredDoc = Omit<UnansweredQuestion, 'question'> & { _id: string };

async function ensureIndexes(db: Db): Promise<void> {
  await db.collection('conversations').createIndex({ tenantId: 1, userAadObjectId: 1, kind: 1, active: 1 });
  await db.collection('feedback').createIndex({ entryId: 1 });
  await db.collection('unanswered').createIndex({ count: -1 });
  await db.collection('deliveries').createIndex({ status: 1, claimedAt: 1 });
}

function conversations(db: Db): ConversationRepository {
  const col = db.collection<ConversationDoc>('conversations');
  const fromDoc = ({ _id, ...rest }: ConversationDoc): ConversationRecord => ({ id: _id, ...rest });
  return {
    async upsert({ id, ...rest }) {
      await col.replaceOne({ _id: id }, { ...rest, active: true }, { upsert: true });
    },
    async markInactive(id, at) {
      return (await col.updateOne({ _id: id }, { $set: { active: false, updatedAt: at } })).matchedCount > 0;
    },
    async get(id) {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc(doc) : undefined;
    },
    async findPersonal(tenantId, userAadObjectId) {
      const doc = await col.findOne({ tenantId, userAadObjectId, kind: 'personal', active: true }, { sort: { updatedAt: -1 } });
      return doc ? fromDoc(doc) : undefined;
    },
    async listActive(kind) {
      const docs = await col
        .find(kind ? { active: true, kind } : { active: true })
        .sort({ _id: 1 })
        .toArray();
      return docs.map(fromDoc);
    },
  };
}

function feedback(db: Db): FeedbackRepository {
  const col = db.collection<FeedbackRecord>('feedback');
  return {
    async add(rec) {
      await col.insertOne({ ...rec });
    },
    async listForEntry(entryId) {
      const docs = await col
        .find({ entryId }, { projection: { _id: 0 } })
        .sort({ at: 1 })
        .toArray();
      return docs.map(({ entryId: e, reaction, comment, at }) => ({ entryId: e, reaction, at, ...(comment ? { comment } : {}) }));
    },
  };
}

function unanswered(db: Db): UnansweredRepository {
  const col = db.collection<UnansweredDoc>('unanswered');
  return {
    async record(question, at) {
      await col.updateOne({ _id: question }, { $inc: { count: 1 }, $set: { lastAt: at }, $setOnInsert: { firstAt: at } }, { upsert: true });
    },
    async mostFrequent(limit) {
      const docs = await col.find().sort({ count: -1, lastAt: -1 }).limit(limit).toArray();
      return docs.map(({ _id, count, firstAt, lastAt }) => ({ question: _id, count, firstAt, lastAt }));
    },
  };
}

/**
 * `generation` counts claims; each claim of a generation is won by inserting `key#generation`.
 * The payload is kept as JSON text: cards carry keys such as "$schema", which MongoDB-wire servers refuse.
 */
type DeliveryDoc = Omit<Delivery, 'key' | 'payload' | 'op' | 'atLeastOnce'> & {
  _id: string;
  generation: number;
  payload: string;
  op?: Delivery['op'];
  atLeastOnce?: boolean;
};
type SettingDoc = Omit<Setting, 'key'> & { _id: string };

/** Runs an insert; true when it inserted, false when a document with that _id or unique key exists. */
export async function insertOnce(insert: () => Promise<unknown>): Promise<boolean> {
  try {
    await insert();
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

function deliveries(db: Db): DeliveryRepository {
  const col = db.collection<DeliveryDoc>('deliveries');
  const retryable = (staleBefore: string, now: string) => ({
    $or: [
      { status: 'failed' as const, $or: [{ notBefore: { $exists: false } }, { notBefore: { $lte: now } }] },
      { status: 'pending' as const, claimedAt: { $lt: staleBefore } },
    ],
  });
  const claims = db.collection<{ _id: string }>('delivery_claims');
  const fromDoc = ({ _id, generation: _generation, payload, op, atLeastOnce, ...rest }: DeliveryDoc): Delivery => ({
    key: _id,
    payload: JSON.parse(payload),
    op: op ?? 'send',
    atLeastOnce: atLeastOnce ?? false,
    ...rest,
  });
  const newDoc = (d: Parameters<DeliveryRepository['claim']>[0]) => ({
    kind: d.kind,
    conversationId: d.conversationId,
    payload: JSON.stringify(d.payload),
    op: d.op ?? 'send',
    atLeastOnce: d.atLeastOnce ?? false,
    ...(d.activityId ? { activityId: d.activityId } : {}),
    status: 'pending' as const,
    attempts: 0,
    claimedBy: d.claimedBy,
    claimedAt: d.claimedAt,
  });
  return {
    async claim(d) {
      return insertOnce(() => col.insertOne({ _id: d.key, ...newDoc(d), generation: 0 }));
    },
    async claimUpdate(d) {
      await col.updateOne(
        { _id: d.key },
        { $set: newDoc(d), $unset: { lastError: '', notBefore: '', reposted: '' }, $setOnInsert: { generation: 0 } },
        { upsert: true },
      );
    },
    async markSent(key, at, activityId) {
      await col.updateOne({ _id: key }, { $set: { status: 'sent', sentAt: at, ...(activityId ? { activityId } : {}) }, $inc: { attempts: 1 } });
    },
    async markFailed(key, at, error, status = 'failed', options = {}) {
      await col.updateOne(
        { _id: key },
        {
          $set: { status, lastError: error.slice(0, 500), claimedAt: at, ...(options.notBefore ? { notBefore: options.notBefore } : {}) },
          ...(options.notBefore ? {} : { $unset: { notBefore: '' } }),
          $inc: { attempts: options.countRun === false ? 0 : 1 },
        },
      );
    },
    async listRetryable(staleBefore, now, limit) {
      return (await col.find(retryable(staleBefore, now)).sort({ claimedAt: 1 }).limit(limit).toArray()).map(fromDoc);
    },
    async claimRetry(key, by, at, staleBefore, options = {}) {
      const doc = await col.findOne({ _id: key, ...retryable(staleBefore, options.now ?? at) });
      if (!doc) return false;
      const generation = doc.generation + 1;
      if (!(await insertOnce(() => claims.insertOne({ _id: `${key}#${generation}` })))) return false;
      await col.updateOne(
        { _id: key },
        { $set: { status: 'pending', claimedBy: by, claimedAt: at, generation, ...(options.repost ? { reposted: true } : {}) } },
      );
      return true;
    },
    async markUnknown(key, staleBefore, at) {
      const res = await col.updateOne(
        { _id: key, status: 'pending', claimedAt: { $lt: staleBefore } },
        { $set: { status: 'unknown', lastError: 'outcome unknown: its sender stopped mid-send', claimedAt: at } },
      );
      return res.modifiedCount === 1;
    },
    async listUndelivered(limit) {
      return (
        await col
          .find({ status: { $in: ['given-up', 'unknown'] } })
          .sort({ claimedAt: -1 })
          .limit(limit)
          .toArray()
      ).map(fromDoc);
    },
    async get(key) {
      const doc = await col.findOne({ _id: key });
      return doc ? fromDoc(doc) : undefined;
    },
    async listSent(keyPrefix) {
      const docs = await col
        .find({ _id: { $regex: `^${keyPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` }, status: 'sent' })
        .sort({ _id: 1 })
        .toArray();
      return docs.map(fromDoc);
    },
  };
}

function settings(db: Db): SettingsRepository {
  const col = db.collection<SettingDoc>('settings');
  return {
    async get(key) {
      const doc = await col.findOne({ _id: key });
      return doc ? { key: doc._id, value: doc.value, updatedAt: doc.updatedAt, ...(doc.updatedBy ? { updatedBy: doc.updatedBy } : {}) } : undefined;
    },
    async set({ key, ...rest }) {
      await col.replaceOne({ _id: key }, rest, { upsert: true });
    },
  };
}

/**
 * Connects to MongoDB (or FerretDB / Cosmos DB), retrying a bounded number of times,
 * and ensures indexes. An unreachable server fails with an error naming MONGODB_URI.
 */
export async function openMongoStore(uri: string, dbName: string, attempts = 3): Promise<Store> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000, connectTimeoutMS: 3000, ignoreUndefined: true });
    try {
      await client.connect();
      const db = client.db(dbName);
      await db.command({ ping: 1 });
      await ensureIndexes(db);
      await ensureSupportIndexes(db);
      await ensureQualityIndexes(db);
      return {
        kind: 'mongo',
        conversations: conversations(db),
        feedback: feedback(db),
        unanswered: unanswered(db),
        deliveries: deliveries(db),
        settings: settings(db),
        support: supportRepository(db),
        ...(await mongoPlansDropInsSites(db)),
        induction: await mongoInduction(db),
        quality: mongoQuality(db),
        async ping() {
          await db.command({ ping: 1 });
        },
        async close() {
          await client.close();
        },
      };
    } catch (err) {
      lastError = err;
      await client.close().catch(() => undefined);
      if (attempt < attempts) await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
  throw new AppError('store.unavailable', `MONGODB_URI is unreachable after ${attempts} attempts`, { cause: lastError });
}
