import { error } from '@sveltejs/kit';
import { bundledArticlesDirectory, listArticleIds, loadFactBase, type FactBase } from '@newsquiz/facts';
import { appEnv } from './env';

/** The article the app opens with, and the one that old links without an article name. */
export const defaultArticleId = 'kerman-2024';

let catalogue: Map<string, string> | undefined;
const cache = new Map<string, FactBase>();

/**
 * Each article's folder, the default article first: the bundled ones, then any in NEWSQUIZ_ARTICLES_DIR.
 * Read once per process, like the fact bases.
 */
function articleDirectories(): Map<string, string> {
  if (catalogue) return catalogue;
  const found = new Map<string, string>();
  for (const directory of [bundledArticlesDirectory, appEnv.extraArticlesDirectory]) {
    if (!directory) continue;
    for (const id of listArticleIds(directory)) if (!found.has(id)) found.set(id, directory);
  }
  const ids = [...found.keys()].sort(
    (a, b) => Number(b === defaultArticleId) - Number(a === defaultArticleId)
  );
  catalogue = new Map(ids.map((id) => [id, found.get(id)!]));
  return catalogue;
}

/** Every article with a fact base, the default first. */
export function articleIds(): string[] {
  return [...articleDirectories().keys()];
}

/** Fact bases are validated once per process; they are read-only data shipped with the app. */
export function getFactBase(articleId: string = defaultArticleId): FactBase {
  let factBase = cache.get(articleId);
  if (!factBase) {
    const directory = articleDirectories().get(articleId);
    if (!directory) throw new Error(`no fact base for the article "${articleId}"`);
    factBase = loadFactBase(articleId, directory);
    cache.set(articleId, factBase);
  }
  return factBase;
}

/** The fact base an address names, or a 404 that says so. */
export function factBaseOfRoute(articleId: string): FactBase {
  if (!articleDirectories().has(articleId)) error(404, 'There is no article with that name.');
  return getFactBase(articleId);
}

export const articlePath = (articleId: string) => `/articles/${articleId}`;
