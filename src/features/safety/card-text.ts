/**
 * User text shown in an Adaptive Card TextBlock or FactSet is read as markdown by Teams, so an
 * LRO's "[click here](https://…)" would become a link in the coordinators' channel. These helpers
 * escape it so it is shown exactly as typed. Use them for card data only, never for plain text.
 */

// Inline markdown: emphasis, code, strike-through, links (a link needs "["), autolinks, escapes.
// Other punctuation stays as it is, so ordinary text reads the same where a host ignores escapes.
const INLINE = /[\\*_`~[\]<]/g;
// Block markdown at the start of a line: headings, quotes, lists, numbered lists.
const LINE_START = /^(\s*)([#>+-]|\d+\.)/gm;
// Bare web addresses, which some hosts turn into links.
const ADDRESS = /(:\/\/|\bwww\.)/gi;

/** `text` escaped so that a card shows it literally: no formatting, lists or links. */
export function literalText(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, marker: string) => `${space}${marker.replace(/([#>+\-.])$/, '\\$1')}`)
    .replace(ADDRESS, (m) => (m === '://' ? '\\://' : `${m.slice(0, -1)}\\.`));
}
