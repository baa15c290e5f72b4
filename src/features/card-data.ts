/** A text value from card data; anything else counts as missing. */
export function field(data: Record<string, unknown>, name: string): string | undefined {
  const value = data[name];
  return typeof value === 'string' ? value : undefined;
}

/** The named text values from card data, each '' when missing: a form shown again keeps what was typed. */
export function fields<K extends string>(data: Record<string, unknown>, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, field(data, name) ?? ''])) as Record<K, string>;
}
