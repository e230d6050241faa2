import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactBaseInvalidError, listArticleIds, loadFactBase } from './load-fact-base.ts';
import { fixtureArticleId, fixtureArticlesDirectory, fixtureFactBase } from './test-fixtures.ts';

describe('a second article is a second data folder', () => {
  it('is listed and loaded with no code of its own', () => {
    expect(listArticleIds(fixtureArticlesDirectory)).toEqual([fixtureArticleId]);
    const factBase = loadFactBase(fixtureArticleId, fixtureArticlesDirectory);
    expect(factBase.article.title).toBe('Harbor Bridge Reopens After Two-Year Repair');
    expect(factBase.quantities[0]).toMatchObject({ measure: 'cost', value: 40_000_000, qualifier: 'about' });
  });

  it('lists the bundled Kerman article', () => {
    expect(listArticleIds()).toContain('kerman-2024');
  });

  it('throws one error listing every problem when the folder holds a broken fact file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'newsquiz-articles-'));
    const base = fixtureFactBase();
    base.relations[0]!.object = 'nowhere';
    base.entities[0]!.evidence[0]!.quote = 'not in the article';
    mkdirSync(join(directory, 'broken'));
    writeFileSync(join(directory, 'broken', 'fact-base.json'), JSON.stringify(base));
    const load = () => loadFactBase('broken', directory);
    expect(load).toThrow(FactBaseInvalidError);
    expect(load).toThrow(/2 problems:\n {2}entities\[0\]\.evidence\[0\]\.quote: quote not found/);
  });

  it('reports a missing article as a problem, not a crash', () => {
    expect(() => loadFactBase('no-such-article', fixtureArticlesDirectory)).toThrow(/no fact file at/);
  });
});
