import { highlightSegments } from '$lib/highlight';
import { factBaseOfRoute } from '$lib/server/platform/articles';
import type { PageServerLoad } from './$types';

/** The blocks of the article's text; the header and the closing lines are shown apart, but any can be cited. */
const bodyKinds = new Set(['body', 'caption']);

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

export const load: PageServerLoad = ({ url, params }) => {
  const { article } = factBaseOfRoute(params.articleId);
  const evidenceParagraph = url.searchParams.get('evidence');
  const quote = url.searchParams.get('quote');
  return {
    title: article.title,
    articleId: article.id,
    attribution: article.attribution,
    evidenceParagraph,
    paragraphs: article.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      /** The number a quiz's feedback cites ("paragraph 22"), from the id: p22. */
      number: paragraph.id.replace(/^p/, ''),
      kind: paragraph.kind,
      inBody: bodyKinds.has(paragraph.kind),
      segments: highlightSegments(paragraph.text, paragraph.id === evidenceParagraph ? quote : null)
    }))
  };
};
