import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from './load-fact-base.ts';
import { bundledArticlesDirectory } from './package-paths.ts';
import { allFacts } from './schema/fact-base.ts';
import { FactId } from './schema/ids.ts';

const CoverageQuestion = z.object({
  question: z.string().min(10),
  answer: z.string().min(1),
  facts: z.array(FactId).min(1)
});

const questions = z
  .array(CoverageQuestion)
  .parse(
    JSON.parse(readFileSync(join(bundledArticlesDirectory, 'kerman-2024', 'coverage-questions.json'), 'utf8'))
  );
const factsById = new Map(allFacts(loadFactBase('kerman-2024')).map((fact) => [fact.id, fact]));

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('coverage self-check: questions a teacher would ask about the Kerman article', () => {
  it('lists at least 40 distinct questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((item) => normalise(item.question))).size).toBe(questions.length);
  });

  it('names only facts the base has', () => {
    const unknown = questions.flatMap((item) => item.facts.filter((id) => !factsById.has(id)));
    expect(unknown).toEqual([]);
  });

  it('answers each question from the facts it names', () => {
    const unanswered = questions.filter(
      (item) =>
        !item.facts.some((id) =>
          normalise(JSON.stringify(factsById.get(id))).includes(normalise(item.answer))
        )
    );
    expect(unanswered.map((item) => item.question)).toEqual([]);
  });

  it('asks about every kind of fact', () => {
    const kinds = new Set(questions.flatMap((item) => item.facts.map((id) => factsById.get(id)?.kind)));
    expect([...kinds].sort()).toEqual(['entity', 'event', 'quantity', 'relation', 'statement']);
  });
});
