import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

const cardsDir = join(__dirname, '..', 'cards');
const templates = new Map<string, object>();

/** A card payload ready to attach: the expanded Adaptive Card JSON. */
export type AdaptiveCard = Record<string, unknown>;

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
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')) as object;
    templates.set(name, template);
  }
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}
