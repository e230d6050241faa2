import { describe, expect, it } from 'vitest';
import { formatPath } from './fact-problem.ts';
import { factBasePath, loadFactBase, readFactBaseFile } from './load-fact-base.ts';
import { allFacts } from './schema/fact-base.ts';
import { validateFactBase } from './validate-fact-base.ts';

describe('grounding of the Kerman fact base', () => {
  const factBase = loadFactBase('kerman-2024');
  const paragraphs = new Map(factBase.article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  const evidence = allFacts(factBase).flatMap((fact) => fact.evidence.map((item) => ({ fact, ...item })));

  it('finds every evidence quote verbatim in the paragraph it names', () => {
    const missing = evidence.filter(({ paragraph, quote }) => !paragraphs.get(paragraph)?.includes(quote));
    expect(evidence.length).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  it('quotes no statement from a clause of saying that leans on a pronoun it cuts off from its subject', () => {
    // “saying that two of its operatives …”: “its” has nothing to refer to, so the quote hides who spoke.
    const cutOff = factBase.statements.flatMap((statement) =>
      statement.evidence
        .filter(({ quote }) =>
          /^(?:saying|arguing|adding|claiming)\b.*\b(?:its|his|her|their|they|he|she)\b/i.test(quote)
        )
        .map(({ quote }) => `${statement.id}: ${quote}`)
    );
    expect(cutOff).toEqual([]);
  });

  it('reports a mutated quote with the path of that quote', () => {
    const raw = JSON.parse(JSON.stringify(readFactBaseFile(factBasePath('kerman-2024')))) as {
      factBase: Record<string, { evidence: { quote: string }[] }[]>;
    };
    const input = raw.factBase;
    const target = input['quantities']![1]!.evidence[0]!;
    target.quote = target.quote.replace(/\d+/, '85');
    const result = validateFactBase(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.code).toBe('quote-not-found');
    expect(formatPath(result.problems[0]!.path)).toBe('quantities[1].evidence[0].quote');
  });

  it('cites every paragraph of the body and every caption at least once', () => {
    const cited = new Set(evidence.map(({ paragraph }) => paragraph));
    const uncited = factBase.article.paragraphs
      .filter((paragraph) => paragraph.kind === 'body' || paragraph.kind === 'caption')
      .filter((paragraph) => !cited.has(paragraph.id))
      .map((paragraph) => paragraph.id);
    expect(uncited).toEqual([]);
  });

  it('has facts of every kind and every topic in use', () => {
    const facts = allFacts(factBase);
    expect(new Set(facts.map((fact) => fact.kind))).toEqual(
      new Set(['entity', 'event', 'quantity', 'statement', 'relation', 'idea'])
    );
    const topicsInUse = new Set(facts.flatMap((fact) => fact.topics));
    expect(factBase.topics.filter((topic) => !topicsInUse.has(topic.id))).toEqual([]);
  });
});
