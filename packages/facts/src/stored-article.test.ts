import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from './load-fact-base.ts';
import { bundledArticlesDirectory } from './package-paths.ts';

/** Link markup as the source carries it: `[Islamic State](#)`. */
const linkMarkup = /\[([^\]]*)\]\(#\)/g;

/**
 * The raw article text as its blocks: split on blank lines, link markup dropped, nothing else reworded.
 * Only this test needs it, to hold the stored paragraphs to the source text; block n is paragraph `p<n>`.
 */
function cleanArticleText(raw: string): string[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim().replace(linkMarkup, '$1'))
    .filter((block) => block.length > 0);
}

describe('cleanArticleText', () => {
  it('drops link markup and keeps the linked words', () => {
    expect(cleanArticleText('warned Iran that [Islamic State](#) was preparing')).toEqual([
      'warned Iran that Islamic State was preparing'
    ]);
  });

  it('splits blocks on blank lines, however many, and trims them', () => {
    expect(cleanArticleText('\n\nHeadline\n\n\n\n  Body one.  \n\nBody two.')).toEqual([
      'Headline',
      'Body one.',
      'Body two.'
    ]);
  });

  it('leaves brackets that are not link markup alone', () => {
    expect(cleanArticleText('a [sic] note and [x](https://example.com)')).toEqual([
      'a [sic] note and [x](https://example.com)'
    ]);
  });
});

describe('the stored Kerman article', () => {
  const raw = readFileSync(join(bundledArticlesDirectory, 'kerman-2024', 'source.txt'), 'utf8');
  const { article } = loadFactBase('kerman-2024');

  it('is the source text, cleaned, block for block, with ids p1..pN in order', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(cleanArticleText(raw));
    expect(article.paragraphs.map((paragraph) => paragraph.id)).toEqual(
      article.paragraphs.map((_, index) => `p${index + 1}`)
    );
  });

  it('keeps headline, dek, byline, captions and contact lines apart from the body', () => {
    const kindOf = (id: string) => article.paragraphs.find((paragraph) => paragraph.id === id)?.kind;
    expect(kindOf('p1')).toBe('headline');
    expect(kindOf('p2')).toBe('dek');
    expect(kindOf('p4')).toBe('byline');
    expect(article.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.id)).toEqual([
      'p6',
      'p11',
      'p15',
      'p20',
      'p26',
      'p31'
    ]);
    expect(kindOf('p40')).toBe('contributor');
    expect(kindOf('p41')).toBe('contact');
    expect(article.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(28);
  });

  it('carries its attribution', () => {
    expect(article.title).toBe(article.paragraphs[0]?.text);
    expect(article.authors).toEqual(['Michael R. Gordon', 'Vivian Salama', 'Warren P. Strobel']);
    expect(article.contributors).toEqual(['Benoit Faucon']);
    expect(article.updated).toBe('2024-01-25');
  });
});
