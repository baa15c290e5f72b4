/**
 * Card rendering benchmark: a knowledge answer card expanded from the parsed template kept by
 * renderCard, against parsing the template for every render (as before). Prints figures only.
 *
 *   npx tsx test/bench/cards.bench.ts
 */
import { performance } from 'node:perf_hooks';
import * as ACData from 'adaptivecards-templating';
import { cardTemplateJson, renderCard } from '../../src/cards';
import { KNOWLEDGE_VERBS } from '../../src/features/knowledge/verbs';

const data = {
  verbs: KNOWLEDGE_VERBS,
  title: 'The hold phase',
  sections: [{ heading: '', text: 'Holding the gains made in the clear phase.' }],
  detail: 'More detail.',
  sources: [{ line: 'Source: Regional briefing (2023)' }],
  extra: '',
  contacts: [{ line: 'RDT duty desk: via Teams' }],
  related: [
    { id: 'build-phase', title: 'The build phase' },
    { id: 'clear-phase', title: 'The clear phase' },
  ],
  feedback: { show: true, given: '', entryId: 'hold-phase' },
};

/** Mean µs per call of `render`, after a warm-up. */
function microseconds(render: () => unknown, runs: number): number {
  for (let i = 0; i < Math.ceil(runs / 10); i++) render();
  const started = performance.now();
  for (let i = 0; i < runs; i++) render();
  return ((performance.now() - started) * 1000) / runs;
}

const json = cardTemplateJson('knowledge-answer');
const cached = microseconds(() => renderCard('knowledge-answer', data), 5000);
const parsed = microseconds(() => new ACData.Template(json).expand({ $root: data }), 300);
console.log(
  `knowledge-answer card: ${cached.toFixed(0)} µs per render from the kept template; ${parsed.toFixed(0)} µs parsing it for each render (${(parsed / cached).toFixed(0)}x)`,
);
