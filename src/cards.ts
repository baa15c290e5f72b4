import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

const cardsDir = join(__dirname, '..', 'cards');
const templates = new Map<string, object>();

/** A card payload ready to attach: the expanded Adaptive Card JSON. */
export type AdaptiveCard = Record<string, unknown>;

/**
 * Expands `cards/<name>.json` with `data`. User text only ever travels as data,
 * never spliced into the template, so `${...}` in user input stays literal.
 */
export function renderCard(name: string, data: object): AdaptiveCard {
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')) as object;
    templates.set(name, template);
  }
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}
