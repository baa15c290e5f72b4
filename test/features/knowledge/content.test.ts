import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultContactsPath } from '../../../src/features/knowledge/contacts';
import { allEntries } from '../../../src/features/knowledge/content';
import { allSources } from '../../../src/features/knowledge/content/sources';
import type { Category } from '../../../src/features/knowledge/entry';

const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b\d{10,11}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Every category in entry.ts; the Record type makes the compiler insist on all of them. */
const CATEGORIES: Record<Category, true> = {
  'soc-cc': true,
  chb: true,
  phase: true,
  'foundation-block': true,
  benefits: true,
  legacy: true,
  lro: true,
  dropins: true,
  '4p': true,
  profiles: true,
  asks: true,
  swrocu: true,
  gain: true,
  reading: true,
  glossary: true,
};

const REQUIRED_GLOSSARY = [
  'LRO',
  'SRO',
  'SIO',
  'OCG',
  'SOC',
  'CSP',
  'GAIN',
  'RDT',
  'ROCU',
  'SWROCU',
  'MoRiLE',
  'VAWG',
  'HMICFRS',
  'NPCC',
  'SPOC',
  'PUP',
  'CHB',
  '4P',
  'SOC CC',
  'ASB',
  'FB',
  'NCA',
  'CPD',
  'PCC',
];

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

describe('knowledge base content', () => {
  it('gives every entry an id, title, aliases, keywords, answer, source, related ids and a review date', () => {
    for (const e of allEntries) {
      assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id ${e.id} is kebab-case`);
      assert.ok(e.title.trim(), `${e.id} has a title`);
      assert.ok(e.aliases.length > 0, `${e.id} has aliases`);
      assert.ok(Array.isArray(e.keywords), `${e.id} has keywords`);
      assert.ok(e.answer.trim(), `${e.id} has an answer`);
      assert.ok(e.sources.length > 0, `${e.id} names at least one source`);
      for (const s of e.sources) assert.ok(s.kind === 'briefing' ? s.section : s.title && s.publisher && s.date, `${e.id} names its source fully`);
      assert.ok(Array.isArray(e.related), `${e.id} has related ids`);
      assert.match(e.reviewed, /^\d{4}-\d{2}-\d{2}$/, `${e.id} has an ISO review date`);
    }
  });

  it('cites only registered sources, each once per entry, with well-formed https URLs', () => {
    for (const e of allEntries) {
      const ids = e.sources.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, `${e.id} lists a source twice`);
      for (const s of e.sources) assert.equal(allSources.get(s.id), s, `${e.id} cites unregistered source ${s.id}`);
    }
    for (const s of allSources.values()) {
      if (s.url === undefined) continue;
      const url = new URL(s.url);
      assert.equal(url.protocol, 'https:', s.url);
      assert.match(url.hostname, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, s.url);
      assert.equal(url.href.replace(/\/$/, ''), s.url.replace(/\/$/, ''), `${s.url} is written as it will be shown`);
    }
  });

  it('gives the College of Policing CHB page its exact address', () => {
    const smarter = allEntries.find((e) => e.id === 'chb-smarter-practice');
    assert.ok(smarter?.answer.includes('https://www.college.police.uk/support-forces/practices/clear-hold-build'));
    assert.ok(smarter?.sources.some((s) => s.url === 'https://www.college.police.uk/support-forces/practices/clear-hold-build'));
  });

  it('uses each id once', () => {
    const ids = allEntries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('only relates entries to entries that exist, and never to themselves', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    for (const e of allEntries) {
      for (const r of e.related) {
        assert.ok(ids.has(r), `${e.id} relates to missing ${r}`);
        assert.notEqual(r, e.id);
      }
    }
  });

  it('keeps every answer to 130 words or fewer', () => {
    for (const e of allEntries) assert.ok(wordCount(e.answer) <= 130, `${e.id} answer has ${wordCount(e.answer)} words`);
  });

  it('contains no phone number or e-mail address in entries or the default contacts file', () => {
    const texts = [JSON.stringify(allEntries), readFileSync(defaultContactsPath, 'utf8')];
    for (const text of texts) {
      assert.doesNotMatch(text, PHONE);
      assert.doesNotMatch(text, EMAIL);
    }
  });

  it('covers every category', () => {
    const present = new Set(allEntries.map((e) => e.category));
    for (const category of Object.keys(CATEGORIES)) assert.ok(present.has(category as Category), `no ${category} entry`);
  });

  it('defines each required acronym in the glossary', () => {
    const terms = new Set(allEntries.filter((e) => e.category === 'glossary').map((e) => e.term));
    for (const term of REQUIRED_GLOSSARY) assert.ok(terms.has(term), `glossary lacks ${term}`);
    for (const e of allEntries.filter((x) => x.category === 'glossary')) assert.ok(e.term, `${e.id} sets term`);
  });

  it('has foundation blocks 1 to 10 with matching ids and aliases', () => {
    for (let n = 1; n <= 10; n++) {
      const block = allEntries.filter((e) => e.block === n);
      assert.equal(block.length, 1, `one entry for block ${n}`);
      assert.ok(block[0].id.startsWith(`fb-${n}-`));
      assert.ok(block[0].aliases.includes(`fb${n}`) && block[0].aliases.includes(`foundation block ${n}`));
    }
  });

  it('dates rollout statements and flags the pilot-site figures that differ between sources', () => {
    const rollout = allEntries.find((e) => e.id === 'chb-rollout-2023');
    assert.match(rollout?.answer ?? '', /2023/);
    const pilots = allEntries.find((e) => e.id === 'chb-pilots');
    assert.match(pilots?.answer ?? '', /8 sites/);
    assert.match(pilots?.answer ?? '', /13 sites/);
  });
});
