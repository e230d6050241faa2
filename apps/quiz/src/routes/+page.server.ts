import { getFactBase } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const { article } = getFactBase();
  return {
    article: {
      title: article.title,
      dek: article.dek,
      publisher: article.publisher,
      authors: article.authors,
      contributors: article.contributors,
      updated: article.updated
    }
  };
};
