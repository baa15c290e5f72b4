import type { Db } from 'mongodb';
import type { InductionProgress, InductionRepository } from '../induction-types';

/** `_id` is tenant and user, so each person has one record. */
type ProgressDoc = InductionProgress & { _id: string };

const idOf = (tenantId: string, aadObjectId: string) => `${tenantId}\n${aadObjectId}`;
const fromDoc = ({ _id, ...rest }: ProgressDoc): InductionProgress => rest;

export async function mongoInduction(db: Db): Promise<InductionRepository> {
  const col = db.collection<ProgressDoc>('induction_progress');
  await col.createIndex({ completedAt: 1, remindersOff: 1, nudgedAt: 1, startedAt: 1 });
  return {
    async get(tenantId, aadObjectId) {
      const doc = await col.findOne({ _id: idOf(tenantId, aadObjectId) });
      return doc ? fromDoc(doc) : undefined;
    },
    async save(p) {
      await col.replaceOne({ _id: idOf(p.tenantId, p.aadObjectId) }, p, { upsert: true });
    },
    async list() {
      return (await col.find().sort({ startedAt: 1, aadObjectId: 1 }).toArray()).map(fromDoc);
    },
    async listToNudge(startedBy) {
      const docs = await col
        .find({ completedAt: { $exists: false }, remindersOff: false, nudgedAt: { $exists: false }, startedAt: { $lte: startedBy } })
        .sort({ startedAt: 1, aadObjectId: 1 })
        .toArray();
      return docs.map(fromDoc);
    },
  };
}
