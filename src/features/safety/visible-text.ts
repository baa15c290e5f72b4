/** Look-alike characters folded (NFKC) and hidden ones (zero-width spaces and joiners, byte-order marks) removed, so neither can slip text past a check. */
export const visibleText = (text: string): string => text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
