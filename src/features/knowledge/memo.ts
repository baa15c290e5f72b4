/**
 * `work` for a text it has already done returns the same result without doing it again. Bounded, since typed
 * texts are unbounded: past `max` texts the memory starts again.
 */
export function remembered<T>(work: (text: string) => T, max: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= max) known.clear();
    const value = work(text);
    known.set(text, value);
    return value;
  };
}

/**
 * Texts kept by the question path's memories: a question's parts and relaxed forms come back within one answer.
 * Small, so that what is kept stays young in the heap and costs the collector little.
 */
export const TEXT_MEMO_MAX = 32;
