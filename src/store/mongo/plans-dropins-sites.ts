import type { Db } from 'mongodb';
import {
  referenceKey,
  type DropInException,
  type DropInRepository,
  type DropInSchedule,
  type PlanRecord,
  type PlanRepository,
  type SiteAuditEntry,
  type SiteRecord,
  type SiteRepository,
} from '../plan-types';
import type { Store } from '../types';
import { insertOnce } from './mongo-store';

// As in mongo-store.ts: anything that must be unique across instances is decided by inserting a
// unique _id, because FerretDB 1.x does not make conditional updates atomic.

type PlanDoc = Omit<PlanRecord, 'id'> & { _id: string; referenceKey: string };
/** Holds a tenant's active reference for one plan: `_id` is tenant + reference key. */
type ReferenceDoc = { _id: string; planId: string };
type ExceptionDoc = Omit<DropInException, 'occurrenceId'> & { _id: string };
type RsvpDoc = { _id: string; occurrenceId: string; aadObjectId: string; at: string };
type SiteDoc = Omit<SiteRecord, 'id'> & { _id: string };

function plans(db: Db): PlanRepository {
  const col = db.collection<PlanDoc>('plans');
  const refs = db.collection<ReferenceDoc>('plan_references');
  const refId = (tenantId: string, reference: string) => `${tenantId}\n${referenceKey(reference)}`;
  const toDoc = ({ id, ...rest }: PlanRecord): PlanDoc => ({ _id: id, ...rest, referenceKey: referenceKey(rest.reference) });
  const fromDoc = ({ _id, referenceKey: _key, ...rest }: PlanDoc): PlanRecord => ({ id: _id, ...rest });
  const claimReference = async (plan: PlanRecord): Promise<boolean> => {
    const _id = refId(plan.tenantId, plan.reference);
    if (await insertOnce(() => refs.insertOne({ _id, planId: plan.id }))) return true;
    // Plans are written before their claim, so a claim whose plan is gone or archived was left by
    // a crash while archiving: take it over. Two takers still race on the insert, and one wins.
    const held = await refs.findOne({ _id });
    const holder = held && (await col.findOne({ _id: held.planId }));
    if (!held || (holder?.status === 'active' && holder.referenceKey === referenceKey(plan.reference))) return false;
    await refs.deleteOne({ _id, planId: held.planId });
    return insertOnce(() => refs.insertOne({ _id, planId: plan.id }));
  };
  return {
    async insert(plan) {
      await col.insertOne(toDoc(plan));
      if (plan.status !== 'active' || (await claimReference(plan))) return true;
      await col.deleteOne({ _id: plan.id });
      return false;
    },
    async save(plan) {
      await col.replaceOne({ _id: plan.id }, toDoc(plan), { upsert: true });
      if (plan.status === 'archived') await refs.deleteOne({ _id: refId(plan.tenantId, plan.reference), planId: plan.id });
    },
    async get(id) {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc(doc) : undefined;
    },
    // Through the reference claim: a lookup by _id, which FerretDB answers without scanning every plan.
    async findActiveByReference(tenantId, reference) {
      const held = await refs.findOne({ _id: refId(tenantId, reference) });
      const doc = held && (await col.findOne({ _id: held.planId }));
      return doc?.status === 'active' && doc.referenceKey === referenceKey(reference) ? fromDoc(doc) : undefined;
    },
    async listActiveByOwner(tenantId, ownerAadObjectId) {
      const docs = await col.find({ tenantId, ownerAadObjectId, status: 'active' }).sort({ nextReview: 1, referenceKey: 1 }).toArray();
      return docs.map(fromDoc);
    },
    async listDueBy(date) {
      const docs = await col
        .find({ status: 'active', nextReview: { $lte: date } })
        .sort({ nextReview: 1, _id: 1 })
        .toArray();
      return docs.map(fromDoc);
    },
  };
}

function dropIns(db: Db): DropInRepository {
  const schedules = db.collection<DropInSchedule & { _id: string }>('dropin_schedule');
  const exceptions = db.collection<ExceptionDoc>('dropin_exceptions');
  const subscribers = db.collection<{ _id: string; by: string; at: string }>('dropin_subscribers');
  const rsvps = db.collection<RsvpDoc>('dropin_rsvps');
  const rsvpId = (occurrenceId: string, aad: string) => `${occurrenceId}\n${aad}`;
  return {
    async getSchedule() {
      const doc = await schedules.findOne({ _id: 'region' });
      if (!doc) return undefined;
      const { _id, ...schedule } = doc;
      return schedule;
    },
    async saveSchedule(schedule) {
      await schedules.replaceOne({ _id: 'region' }, schedule, { upsert: true });
    },
    async setException({ occurrenceId, ...rest }) {
      await exceptions.replaceOne({ _id: occurrenceId }, rest, { upsert: true });
    },
    async clearException(occurrenceId) {
      return (await exceptions.deleteOne({ _id: occurrenceId })).deletedCount > 0;
    },
    async listExceptions() {
      const docs = await exceptions.find().sort({ _id: 1 }).toArray();
      return docs.map(({ _id, ...rest }) => ({ occurrenceId: _id, ...rest }) as DropInException);
    },
    async subscribe(conversationId, by, at) {
      return insertOnce(() => subscribers.insertOne({ _id: conversationId, by, at }));
    },
    async unsubscribe(conversationId) {
      return (await subscribers.deleteOne({ _id: conversationId })).deletedCount > 0;
    },
    async listSubscribers() {
      return (await subscribers.find().sort({ _id: 1 }).toArray()).map((d) => d._id);
    },
    async addRsvp(occurrenceId, aadObjectId, at) {
      return insertOnce(() => rsvps.insertOne({ _id: rsvpId(occurrenceId, aadObjectId), occurrenceId, aadObjectId, at }));
    },
    async removeRsvp(occurrenceId, aadObjectId) {
      return (await rsvps.deleteOne({ _id: rsvpId(occurrenceId, aadObjectId) })).deletedCount > 0;
    },
    async hasRsvp(occurrenceId, aadObjectId) {
      return (await rsvps.findOne({ _id: rsvpId(occurrenceId, aadObjectId) })) !== null;
    },
    async listRsvps(occurrenceId) {
      return (await rsvps.find({ occurrenceId }).sort({ at: 1, aadObjectId: 1 }).toArray()).map((d) => d.aadObjectId);
    },
    async countRsvps(occurrenceId) {
      return rsvps.countDocuments({ occurrenceId });
    },
  };
}

function sites(db: Db): SiteRepository {
  const col = db.collection<SiteDoc>('sites');
  const audit = db.collection<SiteAuditEntry>('site_audit');
  const fromDoc = ({ _id, ...rest }: SiteDoc): SiteRecord => ({ id: _id, ...rest });
  return {
    async upsert({ id, ...rest }) {
      return (await col.replaceOne({ _id: id }, rest, { upsert: true })).upsertedCount === 1;
    },
    async get(id) {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc(doc) : undefined;
    },
    async list() {
      return (await col.find().sort({ launchDate: 1, _id: 1 }).toArray()).map(fromDoc);
    },
    async remove(id) {
      return (await col.deleteOne({ _id: id })).deletedCount === 1;
    },
    async audit(entry) {
      await audit.insertOne({ ...entry });
    },
    async auditTrail(siteId) {
      return (await audit.find({ siteId }).sort({ at: 1, _id: 1 }).toArray()).map(({ _id, ...entry }) => entry);
    },
  };
}

/** The plans, drop-ins and sites repositories on MongoDB, FerretDB or Cosmos DB; creates their indexes first. */
export async function mongoPlansDropInsSites(db: Db): Promise<Pick<Store, 'plans' | 'dropIns' | 'sites'>> {
  await db.collection('plans').createIndex({ status: 1, nextReview: 1 });
  await db.collection('plans').createIndex({ tenantId: 1, ownerAadObjectId: 1, status: 1 });
  await db.collection('dropin_rsvps').createIndex({ occurrenceId: 1 });
  await db.collection('site_audit').createIndex({ siteId: 1, at: 1 });
  return { plans: plans(db), dropIns: dropIns(db), sites: sites(db) };
}
