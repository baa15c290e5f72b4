import type { Db } from 'mongodb';
import type { MeasureRecord, PackLink, PlanReviewEvent, PlanStructure, ProfileRecord, QualityStore, SiteProgress } from '../quality-types';

type WithId<T> = T & { _id: string };

export async function ensureQualityIndexes(db: Db): Promise<void> {
  await db.collection('plan_structures').createIndex({ tenantId: 1 });
  await db.collection('plan_reviews').createIndex({ planId: 1, reviewedOn: 1 });
  await db.collection('plan_reviews').createIndex({ tenantId: 1, reviewedOn: 1 });
  await db.collection('site_measures').createIndex({ siteId: 1, periodEnd: 1, at: 1 });
  await db.collection('pack_links').createIndex({ expiresAt: 1 });
}

/** Drops Mongo's `_id` so records compare equal to what was saved. */
function strip<T>(doc: (T & { _id?: unknown }) | null): T | undefined {
  if (!doc) return undefined;
  const { _id, ...rest } = doc;
  return rest as T;
}

export function mongoQuality(db: Db): QualityStore {
  const structures = db.collection<WithId<PlanStructure>>('plan_structures');
  const reviews = db.collection<PlanReviewEvent>('plan_reviews');
  const progress = db.collection<WithId<SiteProgress>>('site_progress');
  const measures = db.collection<WithId<MeasureRecord>>('site_measures');
  const profiles = db.collection<WithId<ProfileRecord>>('soc_profiles');
  const links = db.collection<WithId<PackLink>>('pack_links');
  return {
    plans: {
      async saveStructure(s) {
        await structures.replaceOne({ _id: s.planId }, { ...s }, { upsert: true });
      },
      async getStructure(planId) {
        return strip(await structures.findOne({ _id: planId }));
      },
      async listStructures(tenantId) {
        return (await structures.find({ tenantId }).sort({ _id: 1 }).toArray()).map((d) => strip<PlanStructure>(d)!);
      },
      async addReview(r) {
        await reviews.insertOne({ ...r });
      },
      async listReviews(planId, since) {
        return (
          await reviews
            .find({ planId, reviewedOn: { $gte: since } })
            .sort({ reviewedOn: 1, at: 1 })
            .toArray()
        ).map((d) => strip<PlanReviewEvent>(d)!);
      },
      async listTenantReviews(tenantId, since) {
        return (
          await reviews
            .find({ tenantId, reviewedOn: { $gte: since } })
            .sort({ reviewedOn: 1, at: 1 })
            .toArray()
        ).map((d) => strip<PlanReviewEvent>(d)!);
      },
    },
    sites: {
      async save(p) {
        await progress.replaceOne({ _id: p.siteId }, { ...p }, { upsert: true });
      },
      async get(siteId) {
        return strip(await progress.findOne({ _id: siteId }));
      },
      async list() {
        return (await progress.find({}).sort({ _id: 1 }).toArray()).map((d) => strip<SiteProgress>(d)!);
      },
      async addMeasure(m) {
        await measures.insertOne({ ...m, _id: m.id });
      },
      async listMeasures(siteId) {
        return (await measures.find({ siteId }).sort({ periodEnd: 1, at: 1, _id: 1 }).toArray()).map((d) => strip<MeasureRecord>(d)!);
      },
    },
    profiles: {
      async upsert(p) {
        return (await profiles.replaceOne({ _id: p.id }, { ...p }, { upsert: true })).upsertedCount === 1;
      },
      async get(id) {
        return strip(await profiles.findOne({ _id: id }));
      },
      async list() {
        return (await profiles.find({}).sort({ _id: 1 }).toArray()).map((d) => strip<ProfileRecord>(d)!);
      },
    },
    packLinks: {
      async add(l) {
        await links.insertOne({ ...l, _id: l.tokenHash });
      },
      async get(tokenHash) {
        return strip(await links.findOne({ _id: tokenHash }));
      },
      async purge(before) {
        return (await links.deleteMany({ expiresAt: { $lte: before } })).deletedCount;
      },
    },
  };
}
