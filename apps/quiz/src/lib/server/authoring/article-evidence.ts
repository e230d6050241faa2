import type { Article, Evidence, FactBase } from '@newsquiz/facts';

export type QuoteCheck = { ok: true; evidence: Evidence } | { ok: false; message: string };

const paragraphNumber = (id: string) => id.slice(1);

// Teachers type straight quotes and single spaces where the article has curly quotes, dashes and line
// breaks; the article's own characters are what is stored, so the quote stays verbatim.
const lookalikes: Record<string, string> = {
  "'": "['‘’]",
  '‘': "['‘’]",
  '’': "['‘’]",
  '"': '["“”]',
  '“': '["“”]',
  '”': '["“”]',
  '-': '[-‐‑–—]',
  '–': '[-‐‑–—]',
  '—': '[-‐‑–—]'
};

function quotePattern(quote: string): RegExp {
  const parts = quote
    .trim()
    .split(/\s+/)
    .map((word) =>
      [...word].map((char) => lookalikes[char] ?? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('')
    );
  return new RegExp(parts.join('\\s+'));
}

/** The article's own words for `quote` in that paragraph, or why they cannot be cited. */
export function findQuote(article: Article, paragraphId: string, quote: string): QuoteCheck {
  const paragraph = article.paragraphs.find((candidate) => candidate.id === paragraphId);
  if (!paragraph) return { ok: false, message: 'Choose a paragraph of the article.' };
  if (quote.trim().length < 3) return { ok: false, message: 'Copy at least a few words from the paragraph.' };
  const pattern = quotePattern(quote);
  const found = pattern.exec(paragraph.text);
  if (found) return { ok: true, evidence: { paragraph: paragraph.id, quote: found[0] } };
  const elsewhere = article.paragraphs.find((candidate) => pattern.test(candidate.text));
  return {
    ok: false,
    message: elsewhere
      ? `These words are not in paragraph ${paragraphNumber(paragraph.id)}; they stand in paragraph ${paragraphNumber(elsewhere.id)}.`
      : `These words are not in paragraph ${paragraphNumber(paragraph.id)}: copy them word for word from the article.`
  };
}

/** The topics a teacher can file a question under and the paragraphs it can cite, for the forms. */
export function articleChoices(factBase: FactBase) {
  return {
    topics: factBase.topics.map((topic) => ({ id: topic.id, label: topic.label })),
    paragraphs: factBase.article.paragraphs.map((paragraph) => {
      const words = paragraph.text.length > 70 ? `${paragraph.text.slice(0, 70).trimEnd()}…` : paragraph.text;
      return { id: paragraph.id, label: `${paragraphNumber(paragraph.id)}. ${words}` };
    })
  };
}
