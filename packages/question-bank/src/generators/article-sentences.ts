/**
 * The sentence of a paragraph that holds a quote, so that a blank stands in enough context to say what
 * it asks ("about 170 ___" says nothing; the sentence about the Kabul airport bombing does).
 */

// A full stop after these ends a word, not a sentence: "Maj. Gen. Hossein Salami", "the U.S. military".
const abbreviation = /(?:\b[A-Z]\.)+$|\b(?:Maj|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St)\.$/;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?][”"’]?\s+(?=[“"‘]?[A-Z0-9])/g)) {
    const before = text.slice(0, match.index + 1);
    if (!abbreviation.test(before)) starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The sentences of `text` that the quote spans, or the quote itself where the text does not hold it. */
export function sentenceAround(text: string, quote: string): string {
  const start = text.indexOf(quote);
  if (start < 0) return quote;
  const end = start + quote.length;
  const starts = sentenceStarts(text);
  const from = starts.filter((position) => position <= start).at(-1) ?? 0;
  const to = starts.find((position) => position >= end) ?? text.length;
  return text.slice(from, to).trim();
}
