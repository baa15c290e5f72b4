import { z } from 'zod';
import { AppError } from './errors';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SQLITE_PATH: z.string().min(1).default('./data/lro-assist.db'),
    MONGODB_URI: optionalText,
    MONGODB_DB: z.string().min(1).default('lro-assist'),
    MONGODB_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalText,
    ALLOWED_TENANT_IDS: csv,
    COORDINATOR_AAD_IDS: csv,
    CONTACTS_PATH: optionalText,
    PUBLIC_HOSTNAME: optionalText,
    SSO_JWKS_URL: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
    SSO_AUDIENCE: optionalText,
    SCHEDULER_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
  });

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  sqlitePath: string;
  mongo?: { uri: string; db: string; connectAttempts: number };
  /** Bot Framework credentials; absent means auth is disabled (local tools only). */
  bot: { appId?: string; appPassword?: string; appType: string; tenantId?: string };
  allowedTenantIds: string[];
  coordinatorAadIds: string[];
  contactsPath?: string;
  publicHostname?: string;
  /** Teams SSO for the tab's API: where the signing keys are, and the expected audience (app id URI). */
  sso: { jwksUrl: string; audience?: string };
  /** Run reminder jobs on their cron timers, and once at start to catch up. */
  schedulerEnabled: boolean;
  shutdownGraceMs: number;
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
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    sqlitePath: e.SQLITE_PATH,
    mongo: e.MONGODB_URI ? { uri: e.MONGODB_URI, db: e.MONGODB_DB, connectAttempts: e.MONGODB_CONNECT_ATTEMPTS } : undefined,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    coordinatorAadIds: e.COORDINATOR_AAD_IDS,
    contactsPath: e.CONTACTS_PATH,
    publicHostname: e.PUBLIC_HOSTNAME,
    sso: {
      jwksUrl: e.SSO_JWKS_URL,
      audience: e.SSO_AUDIENCE ?? (e.PUBLIC_HOSTNAME && e.MicrosoftAppId ? `api://${e.PUBLIC_HOSTNAME}/${e.MicrosoftAppId}` : undefined),
    },
    schedulerEnabled: e.SCHEDULER_ENABLED,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
