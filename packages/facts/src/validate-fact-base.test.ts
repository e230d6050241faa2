import { describe, expect, it } from 'vitest';
import type { FactProblem } from './fact-problem.ts';
import { formatPath } from './fact-problem.ts';
import type { FactBaseInput } from './schema/fact-base.ts';
import { fixtureFactBase } from './test-fixtures.ts';
import { validateFactBase } from './validate-fact-base.ts';

function problemsOf(input: unknown): FactProblem[] {
  const result = validateFactBase(input);
  if (result.ok) throw new Error('expected the fact base to be invalid');
  return result.problems;
}

/** The fixture, broken in one way by `mutate`. */
function broken(mutate: (base: FactBaseInput & Record<string, unknown>) => void): unknown {
  const base = fixtureFactBase() as FactBaseInput & Record<string, unknown>;
  mutate(base);
  return base;
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('validateFactBase', () => {
  it('accepts the fixture and fills in defaults', () => {
    const result = validateFactBase(fixtureFactBase());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.factBase.entities[0]?.aliases).toEqual([]);
    expect(result.factBase.events[0]?.date?.qualifier).toBe('on');
  });

  it('reports an unknown id with the path of the reference', () => {
    const problem = only(problemsOf(broken((base) => (base.relations[0]!.object = 'atlantis'))));
    expect(problem).toMatchObject({ code: 'unknown-reference', id: 'atlantis' });
    expect(formatPath(problem.path)).toBe('relations[0].object');
    expect(problem.message).toBe('unknown fact id "atlantis"');
  });

  it('reports an unknown topic', () => {
    const problem = only(problemsOf(broken((base) => base.events[0]!.topics.push('weather'))));
    expect(problem).toMatchObject({ code: 'unknown-reference', id: 'weather' });
    expect(formatPath(problem.path)).toBe('events[0].topics[1]');
  });

  it('reports a reference to the wrong kind of fact', () => {
    const problem = only(problemsOf(broken((base) => (base.events[0]!.places = ['rosa-quint']))));
    expect(problem).toMatchObject({ code: 'wrong-reference-kind', id: 'rosa-quint', found: 'person entity' });
    expect(problem.message).toBe('"rosa-quint" is a person entity, expected place');
  });

  it('reports a duplicate id across kinds, naming where it was first used', () => {
    const problem = only(problemsOf(broken((base) => (base.statements[0]!.id = 'harbor-bridge'))));
    expect(problem).toMatchObject({ code: 'duplicate-id', id: 'harbor-bridge' });
    expect(formatPath(problem.path)).toBe('statements[0].id');
    expect(problem.message).toContain('first used at entities[0].id');
  });

  it('reports a quote that is not in its paragraph, and where it does stand', () => {
    const problem = only(problemsOf(broken((base) => (base.entities[2]!.evidence[0]!.paragraph = 'p3'))));
    expect(problem).toMatchObject({ code: 'quote-not-found', paragraph: 'p3', quote: 'Mayor Rosa Quint' });
    expect(formatPath(problem.path)).toBe('entities[2].evidence[0].quote');
    expect(problem.message).toBe('quote not found in paragraph p3: "Mayor Rosa Quint" (it stands in p2)');
  });

  it('reports evidence that names a paragraph the article does not have', () => {
    const problem = only(problemsOf(broken((base) => (base.entities[0]!.evidence[0]!.paragraph = 'p99'))));
    expect(problem).toMatchObject({ code: 'unknown-paragraph', paragraph: 'p99' });
    expect(formatPath(problem.path)).toBe('entities[0].evidence[0].paragraph');
  });

  it('reports a near miss that is not in the article, or that supports one of the idea’s answers', () => {
    const withIdea = (nearMisses: string[]) =>
      broken((base) => {
        const evidence = [{ paragraph: 'p2', quote: 'The Harbor Bridge reopened' }];
        base.ideas = [
          {
            id: 'idea-reopening',
            kind: 'idea',
            form: 'central-idea',
            prompt: 'What is the article about?',
            answers: [{ text: 'The bridge is open again.', evidence }],
            misreadings: ['It closed.', 'It was sold.', 'It was built.'].map((text) => ({
              text,
              flaw: 'No.'
            })),
            topics: ['the-bridge'],
            evidence,
            nearMisses
          }
        ];
      });
    expect(validateFactBase(withIdea(['p3'])).ok).toBe(true);
    const unknown = only(problemsOf(withIdea(['p99'])));
    expect(unknown).toMatchObject({ code: 'unknown-paragraph', paragraph: 'p99' });
    expect(formatPath(unknown.path)).toBe('ideas[0].nearMisses[0]');
    const supports = only(problemsOf(withIdea(['p3', 'p2'])));
    expect(supports).toMatchObject({ code: 'near-miss-supports', paragraph: 'p2' });
    expect(formatPath(supports.path)).toBe('ideas[0].nearMisses[1]');
    expect(supports.message).toBe('paragraph p2 supports an answer of this idea, so it is no near miss');
  });

  it('reports a date that is not a real ISO date', () => {
    const problem = only(problemsOf(broken((base) => (base.events[0]!.date!.value = '2025-02-30'))));
    expect(problem.code).toBe('invalid-date');
    expect(formatPath(problem.path)).toBe('events[0].date.value');
    expect(problem.message).toContain('"2025-02-30"');
  });

  it('reports a date written in words', () => {
    const problem = only(problemsOf(broken((base) => (base.article.published = 'March 14, 2025'))));
    expect(problem.code).toBe('invalid-date');
    expect(formatPath(problem.path)).toBe('article.published');
  });

  it('reports a missing field by name', () => {
    const problem = only(
      problemsOf(broken((base) => delete (base.entities[1] as Partial<(typeof base.entities)[1]>).name))
    );
    expect(problem).toMatchObject({ code: 'missing-field', message: 'missing required field "name"' });
    expect(formatPath(problem.path)).toBe('entities[1].name');
  });

  it('reports a field of the wrong type with what was expected and what came', () => {
    const problem = only(
      problemsOf(broken((base) => ((base.quantities[0] as Record<string, unknown>).value = 'forty million')))
    );
    expect(problem).toMatchObject({ code: 'wrong-type', expected: 'number', received: 'string' });
    expect(formatPath(problem.path)).toBe('quantities[0].value');
  });

  it('reports a field the schema does not know', () => {
    const problem = only(
      problemsOf(broken((base) => ((base.relations[0] as Record<string, unknown>).confidence = 1)))
    );
    expect(problem).toMatchObject({ code: 'unknown-field', message: 'unknown field "confidence"' });
    expect(formatPath(problem.path)).toBe('relations[0].confidence');
  });

  it('reports an entity type it does not know on the type field', () => {
    const problem = only(
      problemsOf(broken((base) => ((base.entities[2] as Record<string, unknown>).type = 'animal')))
    );
    expect(problem.code).toBe('invalid-value');
    expect(formatPath(problem.path)).toBe('entities[2].type');
    expect(problem.message).toContain('"animal"');
  });

  it('reports every problem at once, schema and grounding together', () => {
    const problems = problemsOf(
      broken((base) => {
        base.events[0]!.date!.value = '2025-13-01';
        base.relations[0]!.subject = 'nowhere';
        base.entities[0]!.evidence[0]!.quote = 'The Harbour Bridge reopened';
        delete (base.statements[0] as Partial<(typeof base.statements)[0]>).claim;
      })
    );
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'invalid-date',
      'missing-field',
      'quote-not-found',
      'unknown-reference'
    ]);
  });

  it('turns input that is not an object into a plain problem instead of a throw', () => {
    expect(only(problemsOf([1, 2, 3])).code).toBe('wrong-type');
    expect(only(problemsOf(null)).message).toBe('expected object, got null');
  });
});
