import { error } from '@sveltejs/kit';
import { bundledArticlesDirectory, listArticleIds, loadFactBase, type FactBase } from '@newsquiz/facts';
import { appEnv } from './env';

/** The article the app opens with, and the one that old links without an article name. */
export const defaultArticleId = 'kerman-2024';

/** Where each article's fact base lives: the bundled ones, then any in NEWSQUIZ_ARTICLES_DIR. */
function articleDirectories(): Map<string, string> {
  const directories = new Map<string, string>();
  for (const directory of [bundledArticlesDirectory, appEnv.extraArticlesDirectory]) {
    if (!directory) continue;
    for (const id of listArticleIds(directory)) if (!directories.has(id)) directories.set(id, directory);
  }
  return directories;
}

let directories: Map<string, string> | undefined;
const cache = new Map<string, FactBase>();

/** Every article with a fact base, the default first. */
export function articleIds(): string[] {
  directories ??= articleDirectories();
  return [...directories.keys()].sort(
    (a, b) => Number(b === defaultArticleId) - Number(a === defaultArticleId)
  );
}

/** Fact bases are validated once per process; they are read-only data shipped with the app. */
export function getFactBase(articleId: string = defaultArticleId): FactBase {
  let factBase = cache.get(articleId);
  if (!factBase) {
    directories ??= articleDirectories();
    const directory = directories.get(articleId);
    if (!directory) throw new Error(`no fact base for the article "${articleId}"`);
    factBase = loadFactBase(articleId, directory);
    cache.set(articleId, factBase);
  }
  return factBase;
}

/** The fact base an address names, or a 404 that says so. */
export function factBaseOfRoute(articleId: string): FactBase {
  if (!articleIds().includes(articleId)) error(404, 'There is no article with that name.');
  return getFactBase(articleId);
}

export const articlePath = (articleId: string) => `/articles/${articleId}`;
