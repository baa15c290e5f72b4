import type { AgeingBucket } from './source';

const HOUR_MS = 3_600_000;

/** Upper bounds (exclusive, in hours) of the ageing chart's buckets; the last is open-ended. */
const AGE_BUCKETS: readonly { label: string; underHours: number }[] = [
  { label: 'Under 2 days', underHours: 48 },
  { label: '2 to 7 days', underHours: 7 * 24 },
  { label: '1 to 2 weeks', underHours: 14 * 24 },
  { label: '2 to 4 weeks', underHours: 28 * 24 },
  { label: '4 weeks or more', underHours: Infinity },
];

/** Counts open requests by how long ago they were opened; every bucket is present, even when empty. */
export function ageingBuckets(openedAt: readonly Date[], now: Date): AgeingBucket[] {
  const counts = AGE_BUCKETS.map(() => 0);
  for (const opened of openedAt) {
    const hours = Math.max(0, (now.getTime() - opened.getTime()) / HOUR_MS);
    counts[AGE_BUCKETS.findIndex((b) => hours < b.underHours)]++;
  }
  return AGE_BUCKETS.map((b, i) => ({ label: b.label, count: counts[i] }));
}
