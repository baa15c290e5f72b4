import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as ACData from 'adaptivecards-templating';
import { LRUCache } from 'lru-cache';

const cardsDir = join(__dirname, '..', 'cards');
// Parsing a template's `${…}` expressions costs milliseconds; expanding a parsed one, microseconds.
// A Template keeps its parsed form and expand() starts from a fresh context, so one per card serves every render.
const templates = new Map<string, ACData.Template>();
// Expanding is a pure function of the template and the data, and the same cards recur (an entry's
// answer, a topic list, help): the last few hundred are kept, frozen so no caller can change a shared one.
const rendered = new LRUCache<string, AdaptiveCard>({ max: 256 });

/** A card payload ready to attach: the expanded Adaptive Card JSON. */
export type AdaptiveCard = Record<string, unknown>;

/** The template JSON of `cards/<name>.json`, as written. */
export function cardTemplateJson(name: string): object {
  return JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')) as object;
}

/**
 * Every template in cards/, by name, with the type of the data it is expanded with. Each feature adds
 * its own templates next to the code that fills them (`declare module '../../cards'`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface CardTemplates {}

/**
 * Expands `cards/<name>.json` with `data`. User text only ever travels as data,
 * never spliced into the template, so `${...}` in user input stays literal.
 */
export function renderCard<N extends keyof CardTemplates & string>(name: N, data: CardTemplates[N]): AdaptiveCard {
  const key = `${name}\u0000${JSON.stringify(data)}`;
  const cached = rendered.get(key);
  if (cached) return cached;
  const card = deepFreeze(templateOf(name).expand({ $root: data }) as AdaptiveCard);
  rendered.set(key, card);
  return card;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let templating: typeof ACData | undefined;

/** The templating library, loaded on first use: prepareCards loads it once the server listens, not before. */
function templatingLibrary(): typeof ACData {
  // A plain require, as in src/store/index.ts: tsx (tests) would turn `await import()` into an ESM import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  return (templating ??= require('adaptivecards-templating') as typeof ACData);
}

function templateOf(name: string): ACData.Template {
  let template = templates.get(name);
  if (!template) {
    template = new (templatingLibrary().Template)(cardTemplateJson(name));
    templates.set(name, template);
  }
  return template;
}

/**
 * Loads the templating library, then parses every card template ahead of use, each a turn of the
 * event loop, so that neither a turn nor a reminder run pays for a parse (the first costs tens of ms
 * while the parser warms up).
 */
export async function prepareCards(): Promise<void> {
  await nextTurn();
  templatingLibrary();
  for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.json'))) {
    await nextTurn();
    templateOf(file.slice(0, -'.json'.length));
  }
}
