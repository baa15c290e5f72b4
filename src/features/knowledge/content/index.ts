import type { KnowledgeEntry } from '../entry';
import { askEntries } from './asks';
import { benefitEntries, legacyEntries } from './benefits';
import { chbEntries } from './chb';
import { foundationBlockEntries } from './foundation-blocks';
import { fourPEntries } from './four-p';
import { gainEntries } from './gain';
import { glossaryEntries } from './glossary';
import { lroEntries } from './lro';
import { phaseEntries } from './phases';
import { profileEntries } from './profiles';
import { readingEntries } from './reading';
import { socCcEntries } from './soc-cc';
import { swrocuEntries } from './swrocu';

/** Every curated knowledge-base entry. */
export const allEntries: KnowledgeEntry[] = [
  ...chbEntries,
  ...phaseEntries,
  ...foundationBlockEntries,
  ...socCcEntries,
  ...benefitEntries,
  ...legacyEntries,
  ...lroEntries,
  ...fourPEntries,
  ...profileEntries,
  ...askEntries,
  ...swrocuEntries,
  ...gainEntries,
  ...readingEntries,
  ...glossaryEntries,
];
