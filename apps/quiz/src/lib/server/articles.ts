import { loadFactBase, type FactBase } from '@newsquiz/facts';

/** The article every page of this app is about, until articles can be chosen. */
export const defaultArticleId = 'kerman-2024';

const cache = new Map<string, FactBase>();

/** Fact bases are validated once per process; they are read-only data shipped with the app. */
export function getFactBase(articleId: string = defaultArticleId): FactBase {
  let factBase = cache.get(articleId);
  if (!factBase) {
    factBase = loadFactBase(articleId);
    cache.set(articleId, factBase);
  }
  return factBase;
}
