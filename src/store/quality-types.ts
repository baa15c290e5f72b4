// Repositories for plan quality and CHB site delivery: the shape of a plan or a site
// (counts, strands, partner types, statuses, dates, published-style measures), never intelligence.
// Calendar dates are `YYYY-MM-DD` in Europe/London; instants are ISO 8601 UTC strings.

export const STRANDS = ['pursue', 'prevent', 'protect', 'prepare'] as const;
export type Strand = (typeof STRANDS)[number];

export const PARTNER_TYPES = [
  'police',
  'local-authority',
  'housing',
  'health',
  'education',
  'youth-services',
  'probation',
  'hmrc',
  'dwp',
  'immigration',
  'fire',
  'trading-standards',
  'voluntary-community',
  'private-sector',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** One strand of a 4P plan: how many interventions, and which partner types deliver them. */
export interface StrandStructure {
  planned: number;
  active: number;
  completed: number;
  partners: PartnerType[];
}

/** The structure of a 4P plan, kept beside the plan record by its id. */
export interface PlanStructure {
  planId: string;
  tenantId: string;
  /** The force the plan belongs to, for the coordinators' overview. */
  force: string;
  strands: Record<Strand, StrandStructure>;
  updatedBy: string;
  updatedAt: string;
}

/** One review of a plan, kept so regularity can be judged over a year. */
export interface PlanReviewEvent {
  planId: string;
  tenantId: string;
  reviewedOn: string;
  /** The review date that was due when this review happened. */
  dueOn: string;
  by: string;
  at: string;
}

export interface PlanQualityRepository {
  saveStructure(structure: PlanStructure): Promise<void>;
  getStructure(planId: string): Promise<PlanStructure | undefined>;
  listStructures(tenantId: string): Promise<PlanStructure[]>;
  addReview(review: PlanReviewEvent): Promise<void>;
  /** Reviews of one plan on or after `since`, oldest first. */
  listReviews(planId: string, since: string): Promise<PlanReviewEvent[]>;
  /** Every review in a tenant on or after `since`, oldest first. */
  listTenantReviews(tenantId: string, since: string): Promise<PlanReviewEvent[]>;
}

export const SITE_PHASES = ['foundations', 'clear', 'hold', 'build', 'exit'] as const;
export type SitePhase = (typeof SITE_PHASES)[number];

export interface PhaseEntry {
  phase: SitePhase;
  began: string;
}

export const BLOCK_STATUSES = ['not-started', 'in-progress', 'in-place'] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];

export interface BlockState {
  block: number;
  status: BlockStatus;
  on: string;
  note?: string;
}

/** A site's delivery: phase history, foundation blocks, its LRO and the plans linked to it. */
export interface SiteProgress {
  siteId: string;
  phases: PhaseEntry[];
  blocks: BlockState[];
  lroAadObjectId?: string;
  lroName?: string;
  planIds: string[];
  updatedBy: string;
  updatedAt: string;
}

export const MEASURE_IDS = [
  'morile-site',
  'morile-ocg',
  'disruptions',
  'crime-severity-index',
  'serious-violence',
  'drug-offences',
  'asb',
  'burglary',
  'survey-feel-safe',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** One recorded value of a measure for a period; the baseline is marked. */
export interface MeasureRecord {
  id: string;
  siteId: string;
  measure: MeasureId;
  /** For MoRiLE OCG scores, which OCG (a plan reference); empty otherwise. */
  subject: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  baseline: boolean;
  note?: string;
  by: string;
  at: string;
}

export interface SiteProgressRepository {
  save(progress: SiteProgress): Promise<void>;
  get(siteId: string): Promise<SiteProgress | undefined>;
  list(): Promise<SiteProgress[]>;
  addMeasure(measure: MeasureRecord): Promise<void>;
  /** A site's measures by period end, then record time. */
  listMeasures(siteId: string): Promise<MeasureRecord[]>;
}

/** A SOC local profile: which area, its date, and who keeps it up to date. */
export interface ProfileRecord {
  /** The area folded to lower case. */
  id: string;
  area: string;
  force: string;
  profileDate: string;
  ownerAadObjectId?: string;
  ownerName?: string;
  updatedBy: string;
  updatedAt: string;
}

export interface ProfileRepository {
  /** Inserts or replaces by id; true when new. */
  upsert(profile: ProfileRecord): Promise<boolean>;
  get(id: string): Promise<ProfileRecord | undefined>;
  list(): Promise<ProfileRecord[]>;
}

/** A short-lived link to a generated review pack; only the token's hash is kept. */
export interface PackLink {
  tokenHash: string;
  siteId: string;
  /** The tenant whose plans the pack may include. */
  tenantId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface PackLinkRepository {
  add(link: PackLink): Promise<void>;
  get(tokenHash: string): Promise<PackLink | undefined>;
  purge(before: string): Promise<number>;
}

export interface QualityStore {
  plans: PlanQualityRepository;
  sites: SiteProgressRepository;
  profiles: ProfileRepository;
  packLinks: PackLinkRepository;
}
