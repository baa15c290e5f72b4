import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

const cardsDir = join(__dirname, '..', 'cards');
// Parsing a template's `${…}` expressions costs milliseconds; expanding a parsed one, microseconds.
// A Template keeps its parsed form and expand() starts from a fresh context, so one per card serves every render.
const templates = new Map<string, ACData.Template>();

/** A card payload ready to attach: the expanded Adaptive Card JSON. */
export type AdaptiveCard = Record<string, unknown>;

/** The template JSON of `cards/<name>.json`, as written. */
export function cardTemplateJson(name: string): object {
  return JSON.parse(readFileSync(join(cardsDir, `${name}.json`), 'utf8')) as object;
}

/**
 * Expands `cards/<name>.json` with `data`. User text only ever travels as data,
 * never spliced into the template, so `${...}` in user input stays literal.
 */
export function renderCard(name: string, data: object): AdaptiveCard {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(cardTemplateJson(name));
    templates.set(name, template);
  }
  return template.expand({ $root: data }) as AdaptiveCard;
}
