import { highlightSegments } from '$lib/highlight';
import { getFactBase } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

/** Reader blocks: the body and its photo captions; headline and byline are shown apart. */
const readerKinds = new Set(['body', 'caption']);

export const load: PageServerLoad = ({ url }) => {
  const { article } = getFactBase();
  const evidenceParagraph = url.searchParams.get('evidence');
  const quote = url.searchParams.get('quote');
  return {
    title: article.title,
    dek: article.dek,
    publisher: article.publisher,
    authors: article.authors,
    contributors: article.contributors,
    updated: article.updated,
    attribution: article.attribution,
    evidenceParagraph,
    paragraphs: article.paragraphs
      .filter((paragraph) => readerKinds.has(paragraph.kind))
      .map((paragraph) => ({
        id: paragraph.id,
        kind: paragraph.kind,
        segments: highlightSegments(paragraph.text, paragraph.id === evidenceParagraph ? quote : null)
      }))
  };
};
