import { getAttempt, isStorageError, type Db } from '@newsquiz/db';
import type { Article } from '@newsquiz/facts';
import { articleIds, getFactBase } from '$lib/server/platform/articles';
import { currentAttemptCookie } from '$lib/server/attempts/attempt-access';
import { getDemoJoinCode } from '$lib/server/platform/database';
import type { PageServerLoad } from './$types';

/** The quiz this browser left unfinished, if any, so that the home page can offer to continue it. */
async function unfinishedAttemptId(db: Db, attemptId: string | undefined): Promise<string | null> {
  if (!attemptId) return null;
  try {
    const attempt = await getAttempt(db, attemptId);
    return attempt.submittedAt || attempt.expired ? null : attempt.id;
  } catch (failure) {
    if (isStorageError(failure)) return null;
    throw failure;
  }
}

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

const summaryOf = (article: Article) => ({
  id: article.id,
  title: article.title,
  dek: article.dek,
  publisher: article.publisher,
  authors: article.authors,
  updated: article.updated
});

export const load: PageServerLoad = async ({ locals, cookies }) => {
  const [featured, ...others] = articleIds().map((id) => summaryOf(getFactBase(id).article));
  return {
    article: featured!,
    otherArticles: others,
    unfinishedAttemptId: await unfinishedAttemptId(locals.db, cookies.get(currentAttemptCookie)),
    demoJoinCode: await getDemoJoinCode()
  };
};
