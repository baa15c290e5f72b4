import { renderCard } from '../../cards';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import type { Reply } from '../../messages';
import type { ProfileRecord } from '../../store/quality-types';
import type { ActionInput, ActionResult, Actor, MessageInput } from '../../use-case-types';
import { isCoordinator } from '../coordinators';
import { londonDate } from '../dates';
import type { FeatureDeps } from '../deps';
import { knownPeople } from '../plans/people';
import { describeAge, isStale, profileId, staleFrom, validateProfile } from './profiles';
import { PROFILE_VERBS } from './verbs';

/** Data for cards/profile-list.json. */
export interface ProfileListData {
  title: string;
  intro: string;
  notice: string;
  errors: string[];
  rows: { area: string; force: string; date: string; age: string; stale: boolean; owner: string }[];
  canEdit: boolean;
  verb: string;
  forces: string[];
  owners: { title: string; value: string }[];
  today: string;
}

function row(p: ProfileRecord, config: Pick<Config, 'profiles'>, today: string): ProfileListData['rows'][number] {
  return {
    area: p.area,
    force: p.force,
    date: p.profileDate,
    age: describeAge(p.profileDate, today),
    stale: isStale(p, config.profiles, today),
    owner: p.ownerName ?? 'Coordinators',
  };
}

/** `profiles`: each area's SOC local profile with its date and age; stale ones flagged. */
export async function listProfiles(deps: FeatureDeps, input: MessageInput): Promise<Reply> {
  return profileList(deps, input.actor, input.now);
}

/** Coordinators get the edit form, with the people an owner can be chosen from. */
async function profileList(deps: FeatureDeps, actor: Actor, now: Date, notice?: string, errors: string[] = []): Promise<Reply> {
  const today = londonDate(now);
  const profiles = await deps.store.quality.profiles.list();
  const rows = profiles.map((p) => row(p, deps.config, today));
  const stale = rows.filter((r) => r.stale).length;
  const intro = profiles.length
    ? `${stale} of ${rows.length} profiles are older than ${deps.config.profiles.maxAgeMonths} months.`
    : 'No SOC local profiles are recorded yet.';
  const canEdit = isCoordinator(deps.config, actor.aadObjectId);
  const data: ProfileListData = {
    title: 'SOC local profiles',
    intro,
    notice: notice ?? '',
    errors,
    rows,
    canEdit,
    verb: PROFILE_VERBS.save,
    forces: deps.config.forces,
    owners: (canEdit ? await knownPeople(deps.store, actor.tenantId) : []).map((p) => ({ title: p.name, value: p.aadObjectId })),
    today,
  };
  const text = [
    data.title,
    ...(notice ? [notice] : []),
    ...data.errors,
    intro,
    ...rows.map((r) => `${r.stale ? '⚠ ' : '• '}${r.area} (${r.force}): ${r.date}, ${r.age}${r.stale ? ', stale' : ''}; owner ${r.owner}`),
  ].join('\n');
  return { text, card: renderCard('profile-list', data) };
}

/** Card verb (coordinators): records or updates an area's profile date and owner. */
export async function saveProfile(deps: FeatureDeps, input: ActionInput): Promise<ActionResult> {
  const reply = await saveProfileReply(deps, input);
  return reply.card ? { card: reply.card } : { message: reply.text };
}

async function saveProfileReply(deps: FeatureDeps, input: ActionInput): Promise<Reply> {
  if (!isCoordinator(deps.config, input.actor.aadObjectId)) throw new AppError('auth.forbidden', 'Only coordinators can record SOC local profiles.');
  const today = londonDate(input.now);
  const checked = validateProfile(input.data, deps.config.forces, today);
  const ownerId = typeof input.data.owner === 'string' ? input.data.owner : '';
  const owner = ownerId ? (await knownPeople(deps.store, input.actor.tenantId)).find((p) => p.aadObjectId === ownerId) : undefined;
  const errors = 'errors' in checked ? checked.errors : [];
  if (ownerId && !owner) errors.push('Choose the owner from the list: they need LRO Assist in a personal chat.');
  if ('errors' in checked || errors.length) return profileList(deps, input.actor, input.now, undefined, errors);
  const record: ProfileRecord = {
    id: profileId(checked.profile.area),
    ...checked.profile,
    ...(owner ? { ownerAadObjectId: owner.aadObjectId, ownerName: owner.name } : {}),
    updatedBy: input.actor.aadObjectId!,
    updatedAt: input.now.toISOString(),
  };
  const created = await deps.store.quality.profiles.upsert(record);
  const notice = `${created ? 'Added' : 'Updated'} ${record.area}: dated ${record.profileDate}, stale from ${staleFrom(record, deps.config.profiles)}.`;
  return profileList(deps, input.actor, input.now, notice);
}

declare module '../../cards' {
  interface CardTemplates {
    'profile-list': ProfileListData;
    'profile-reminder': { title: string; text: string };
  }
}
