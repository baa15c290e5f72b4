/**
 * The intelligence guard's figures on the measured set: intelligence texts refused and
 * ordinary texts falsely refused. Prints figures only.
 *
 *   npx tsx test/bench/intelligence-guard.bench.ts
 */
import { containsIntelligence } from '../../src/features/safety/intelligence-guard';
import texts from '../features/safety/intelligence-texts.json';

const refused = texts.intelligence.filter(containsIntelligence).length;
const falselyRefused = texts.ordinary.filter(containsIntelligence).length;
console.log(`intelligence texts refused: ${refused}/${texts.intelligence.length}`);
console.log(`ordinary texts falsely refused: ${falselyRefused}/${texts.ordinary.length}`);
