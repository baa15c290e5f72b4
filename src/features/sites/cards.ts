import { SITE_VERBS } from './verbs';
import { renderCard } from '../../cards';
import type { Reply } from '../../messages';
import type { SiteRecord } from '../../store/plan-types';
import { formatDate } from '../dates';
import { describeReview, type SiteInput } from './reviews';
import { literalText } from '../safety/card-text';

interface SiteRow {
  name: string;
  force: string;
  launched: string;
  review: string;
}

/** Data for cards/site-list.json (the `sites` list and each review reminder). */
export interface SiteListData {
  title: string;
  intro: string;
  rows: SiteRow[];
}

function row(site: SiteRecord, today: string): SiteRow {
  return { name: site.name, force: site.force, launched: formatDate(site.launchDate), review: describeReview(site, today) };
}

function listReply(title: string, intro: string, rows: SiteRow[]): Reply {
  const text = [title, intro, ...rows.map((r) => `• ${r.name} (${r.force}), launched ${r.launched}: formal review ${r.review}`)].filter(Boolean).join('\n');
  const shown = rows.map((r) => ({ ...r, name: literalText(r.name) }));
  return { text, card: renderCard('site-list', { title: literalText(title), intro: literalText(intro), rows: shown } satisfies SiteListData) };
}

/** The `sites` list; `notice` says what just changed. */
export function sitesReply(sites: SiteRecord[], today: string, notice?: string): Reply {
  if (!sites.length) return { text: 'No CHB sites are registered yet. A coordinator can add one with "add site".' };
  const intro = notice ?? 'Each site has a formal review for the Home Office six months after launch.';
  return listReply(
    'CHB sites and their 6-month formal reviews',
    intro,
    sites.map((s) => row(s, today)),
  );
}

export function siteReminderReply(site: SiteRecord, today: string): Reply {
  return listReply(
    `CHB site review: ${site.name}`,
    `The formal Home Office review is due six months after launch. Involve the SOC CCs and use the foundation block 7 baseline. Type "review pack ${site.name}" for the review document.`,
    [row(site, today)],
  );
}

/** Data for cards/site-form.json. */
export interface SiteFormData {
  verbs: typeof SITE_VERBS;
  errors: string[];
  values: SiteInput;
  forces: string[];
}

export function siteFormReply(values: SiteInput, forces: string[], errors: string[] = []): Reply {
  return {
    text: 'Register a CHB site: fill in the card.',
    card: renderCard('site-form', { verbs: SITE_VERBS, errors, values, forces } satisfies SiteFormData),
  };
}

declare module '../../cards' {
  interface CardTemplates {
    'site-list': SiteListData;
    'site-form': SiteFormData;
  }
}
