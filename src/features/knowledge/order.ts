/**
 * For `sort`: the larger number first. It returns -1, 0 or 1 rather than the difference, which as a fraction would be
 * a new heap number on every comparison of every answer.
 */
export function descending(a: number, b: number): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
