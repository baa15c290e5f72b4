import { z } from 'zod';
import { AppError } from './errors';

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const positiveInt = (fallback: number) => z.coerce.number().int().min(0).max(100000).default(fallback);

const dayList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => v.split(',').every((d) => /^\s*\d+\s*$/.test(d)), 'must be comma-separated whole numbers of days')
    .transform((v) => v.split(',').map((d) => Number(d.trim())));

// An Entra ID object id is a GUID. Agents Playground's made-up users have 13 digits in the last
// group (00000000-0000-0000-0000-0000000000020), so that one extra digit is allowed for local trials.
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
/** A Teams channel's conversation id, e.g. 19:abc…@thread.tacv2 (older teams: @thread.skype). */
const TEAMS_CHANNEL = /^19:[^\s@]+@thread\.(tacv2|skype)$/;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

/** Loopback addresses and names, which only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) || /^::ffff:127(\.\d{1,3}){3}$/i.test(host);
}

/** HOST when set; otherwise loopback while authentication is off, so a local run is not reachable from the network. */
function bindAddress(host: string | undefined, appId: string | undefined): string {
  return host ?? (appId ? '0.0.0.0' : '127.0.0.1');
}

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SQLITE_PATH: z.string().min(1).default('./data/lro-assist.db'),
    MONGODB_URI: optionalText,
    MONGODB_DB: z.string().min(1).default('lro-assist'),
    MONGODB_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalText,
    BOT_OPENID_METADATA_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), 'must be a URL'),
    ALLOWED_TENANT_IDS: csv,
    COORDINATOR_AAD_IDS: csv.refine(
      (ids) => ids.every((id) => AAD_OBJECT_ID.test(id)),
      'must be comma-separated Entra ID (AAD) object ids, each a GUID such as 00000000-0000-0000-0000-000000000000',
    ),
    CONTACTS_PATH: optionalText,
    PUBLIC_HOSTNAME: optionalText,
    SSO_JWKS_URL: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
    SSO_AUDIENCE: optionalText,
    FORCES: z
      .string()
      .default('Avon and Somerset,Devon and Cornwall,Dorset,Gloucestershire,Wiltshire')
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine((l) => l.length > 0, 'must list at least one force'),
    TRIAGE_CHANNEL_ID: optionalText.refine(
      (id) => id === undefined || TEAMS_CHANNEL.test(id),
      'must be a Teams channel conversation id such as 19:…@thread.tacv2 (not the channel\'s name); or leave it empty and type "set triage channel" in the channel',
    ),
    SLA_URGENT_HOURS: positiveInt(4),
    SLA_PRIORITY_WORKING_DAYS: positiveInt(1),
    SLA_ROUTINE_WORKING_DAYS: positiveInt(3),
    PLAN_DUE_SOON_DAYS: positiveInt(7),
    PLAN_OVERDUE_REPEAT_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    PLAN_ESCALATE_AFTER_DAYS: positiveInt(28),
    DROPIN_REMINDER_DAYS_BEFORE: positiveInt(3),
    SITE_REVIEW_MILESTONE_DAYS: dayList('28,7,0'),
    PROFILE_MAX_AGE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    PROFILE_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    REMINDER_STALE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(48),
    SEND_PER_CONVERSATION_PER_SECOND: z.coerce.number().int().min(1).max(7).default(7),
    SEND_GLOBAL_PER_SECOND: z.coerce.number().int().min(1).max(50).default(50),
    SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(14000).default(5000),
    SEND_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
    SEND_RETRY_AFTER_CAP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    SEND_MAX_RUNS: z.coerce.number().int().min(1).max(100).default(6),
    SCHEDULER_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  })
  .transform((e) => ({
    port: e.PORT,
    /** Bind address: HOST, else loopback only while auth is off, else every interface. */
    host: bindAddress(e.HOST, e.MicrosoftAppId),
    /** True when the bind address is reachable from other machines while auth is off. */
    exposedWithoutAuth: !e.MicrosoftAppId && !isLoopback(bindAddress(e.HOST, e.MicrosoftAppId)),
    logLevel: e.LOG_LEVEL,
    sqlitePath: e.SQLITE_PATH,
    mongo: e.MONGODB_URI ? { uri: e.MONGODB_URI, db: e.MONGODB_DB, connectAttempts: e.MONGODB_CONNECT_ATTEMPTS } : undefined,
    /** Bot Framework credentials; absent means auth is disabled (local tools only). */
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      /** Where Bot Framework token signing keys are published, when not the public cloud's (sovereign clouds, tests). */
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    },
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    coordinatorAadIds: e.COORDINATOR_AAD_IDS,
    contactsPath: e.CONTACTS_PATH,
    publicHostname: e.PUBLIC_HOSTNAME,
    /** Teams SSO for the tab's API: where the signing keys are, and the expected audience (app id URI). */
    sso: {
      jwksUrl: e.SSO_JWKS_URL,
      audience: e.SSO_AUDIENCE ?? (e.PUBLIC_HOSTNAME && e.MicrosoftAppId ? `api://${e.PUBLIC_HOSTNAME}/${e.MicrosoftAppId}` : undefined),
    },
    /** The South West forces offered on support request forms. */
    forces: e.FORCES,
    /** The coordinators' channel (conversation id) for triage, escalations and site reviews; `set triage channel` overrides. */
    triageChannelId: e.TRIAGE_CHANNEL_ID,
    /** Time allowed to acknowledge a support request, by urgency. Working days are Mon–Fri in England, less bank holidays. */
    sla: { urgentHours: e.SLA_URGENT_HOURS, priorityWorkingDays: e.SLA_PRIORITY_WORKING_DAYS, routineWorkingDays: e.SLA_ROUTINE_WORKING_DAYS },
    reminders: {
      /** A plan is "due soon" from this many days before its review date. */
      planDueSoonDays: e.PLAN_DUE_SOON_DAYS,
      /** Overdue reminders repeat every this many days. */
      planOverdueRepeatDays: e.PLAN_OVERDUE_REPEAT_DAYS,
      /** After this many days overdue, the plan is escalated to the coordinators' channel. */
      planEscalateAfterDays: e.PLAN_ESCALATE_AFTER_DAYS,
      dropInDaysBefore: e.DROPIN_REMINDER_DAYS_BEFORE,
      /** Days before a CHB site's 6-month review when the coordinators' channel is reminded (0 = on the day). */
      siteReviewMilestoneDays: e.SITE_REVIEW_MILESTONE_DAYS,
      /** After downtime, reminders whose moment passed longer ago than this are not sent. */
      staleHours: e.REMINDER_STALE_HOURS,
    },
    /** SOC local profiles: stale after this many months; a stale profile's owner is reminded once every this many days. */
    profiles: { maxAgeMonths: e.PROFILE_MAX_AGE_MONTHS, reminderCadenceDays: e.PROFILE_REMINDER_DAYS },
    sending: {
      perConversationPerSecond: e.SEND_PER_CONVERSATION_PER_SECOND,
      globalPerSecond: e.SEND_GLOBAL_PER_SECOND,
      /** Every connector request (in-turn replies and proactive sends) is abandoned after this long. */
      timeoutMs: e.SEND_TIMEOUT_MS,
      /** HTTP attempts per message within one run (the SDK's own retries are off). */
      attempts: e.SEND_ATTEMPTS,
      /** A Retry-After up to this long is waited for; a longer one defers the message to a later run. */
      retryAfterCapMs: e.SEND_RETRY_AFTER_CAP_SECONDS * 1000,
      /** Runs (the first send and each retry-failed run) after which a delivery is given up and listed. */
      maxRuns: e.SEND_MAX_RUNS,
    },
    /** Run reminder jobs on their cron timers, and once at start to catch up. */
    schedulerEnabled: e.SCHEDULER_ENABLED,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  }));

/** Keys whose value may be undefined become optional, as they would be in a hand-written interface. */
type Optionalised<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? K : never]?: Optionalised<T[K]> } & {
        [K in keyof T as undefined extends T[K] ? never : K]: Optionalised<T[K]>;
      }
    : T;

/** The validated configuration, derived from the schema: a new variable is one schema entry (and its .env.example line). */
export type Config = Optionalised<z.output<typeof schema>>;

/** The two settings the Teams app package needs; the bot's secret and tenant never go into the zip. */
export function loadPackageSettings(env: Record<string, string | undefined> = process.env): { appId?: string; publicHostname?: string } {
  const e = z.object({ MicrosoftAppId: optionalText, PUBLIC_HOSTNAME: optionalText }).parse(env);
  return { appId: e.MicrosoftAppId, publicHostname: e.PUBLIC_HOSTNAME };
}

/** Validates the environment once. Throws a `config.invalid` AppError naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    const shown = value === undefined || /password/i.test(name) ? '' : ` (got "${value}")`;
    throw new AppError('config.invalid', `Invalid ${name}${shown}: ${issue.message}`);
  }
  return parsed.data;
}
