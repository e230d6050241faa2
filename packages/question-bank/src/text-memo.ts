/**
 * A function of a text that keeps what it worked out. A draw compares the texts of every pair of
 * questions in a bank, so each text is read many times over; bounded, as students' answers pass through
 * the same functions.
 */
export function rememberedPerText<T>(compute: (text: string) => T, kept = 10_000): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text)!;
    const result = compute(text);
    if (results.size === kept) results.clear();
    results.set(text, result);
    return result;
  };
}
