import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FactProblem } from './fact-problem.ts';
import { factBasePath } from './load-fact-base.ts';
import type { FactBaseInput } from './schema/fact-base.ts';
import { fixtureFactBase } from './test-fixtures.ts';
import { validateFactBase } from './validate-fact-base.ts';

function problemsOf(input: unknown): FactProblem[] {
  const result = validateFactBase(input);
  return result.ok ? [] : result.problems;
}

function fixture(mutate: (base: FactBaseInput) => void): FactBaseInput {
  const base = fixtureFactBase();
  mutate(base);
  return base;
}

function kerman(mutate: (base: FactBaseInput) => void): FactBaseInput {
  const base = JSON.parse(readFileSync(factBasePath('kerman-2024'), 'utf8')) as FactBaseInput;
  mutate(base);
  return base;
}

const statement = (base: FactBaseInput, id: string) => base.statements.find((item) => item.id === id)!;
const relation = (base: FactBaseInput, id: string) => base.relations.find((item) => item.id === id)!;

describe('who says what', () => {
  it('reports a source that declined or did not respond: it said nothing', () => {
    for (const verb of ['declined', 'did-not-respond'] as const) {
      const problems = problemsOf(fixture((base) => (base.statements[0]!.verb = verb)));
      expect(problems).toMatchObject([{ code: 'silent-speaker', id: 'mayor-on-cost' }]);
    }
  });

  it('reports a disputed claim that shows none of the article’s facts against it', () => {
    const problems = problemsOf(
      kerman((base) => delete statement(base, 'st-hard-liners-us-israel-link').against)
    );
    expect(problems).toMatchObject([{ code: 'dispute-without-facts', id: 'st-hard-liners-us-israel-link' }]);
  });

  it('reports a fact against a claim that the paragraph it names does not hold', () => {
    const problems = problemsOf(
      kerman((base) => (statement(base, 'st-salami-disappeared').against![0]!.paragraph = 'p22'))
    );
    expect(problems).toMatchObject([{ code: 'quote-not-found' }]);
  });

  it('reports a claim whose subject is its own speaker, even after an opening phrase', () => {
    for (const claim of ['Rosa Quint thanked the crews.', 'On Monday, Mayor Rosa Quint opened the bridge.']) {
      const problems = problemsOf(fixture((base) => (base.statements[0]!.claim = claim)));
      expect(problems, claim).toMatchObject([{ code: 'speaker-is-subject', id: 'mayor-on-cost' }]);
    }
  });

  it('lets a source claim its own deed', () => {
    const base = fixture((base) => {
      base.statements[0]!.verb = 'claimed';
      base.statements[0]!.claim = 'Rosa Quint saved the bridge.';
    });
    expect(problemsOf(base)).toEqual([]);
  });

  it('reports a relation that rests on a reported claim unless it says whose claim it is', () => {
    const resting = (base: FactBaseInput) => {
      base.statements[0]!.evidence = [
        { paragraph: 'p2', quote: 'after repairs that cost about 40 million dollars, Mayor Rosa Quint said' }
      ];
      base.relations[0]!.evidence = [
        { paragraph: 'p2', quote: 'repairs that cost about 40 million dollars' }
      ];
    };
    expect(problemsOf(fixture(resting))).toMatchObject([
      { code: 'unmarked-claim', id: 'bridge-in-port-ellin', statement: 'mayor-on-cost' }
    ]);
    const marked = fixture((base) => {
      resting(base);
      base.relations[0]!.claim = 'mayor-on-cost';
    });
    expect(problemsOf(marked)).toEqual([]);
    const wrongKind = fixture((base) => {
      resting(base);
      base.relations[0]!.claim = 'harbor-bridge';
    });
    expect(problemsOf(wrongKind)).toMatchObject([{ code: 'wrong-reference-kind', id: 'harbor-bridge' }]);
  });

  it('lets a relation quote the name a source goes by, or stand on evidence of its own as well', () => {
    const base = fixture((base) => {
      base.statements[0]!.evidence = [
        { paragraph: 'p2', quote: 'after repairs that cost about 40 million dollars, Mayor Rosa Quint said' }
      ];
      base.relations[0]!.evidence = [
        { paragraph: 'p2', quote: 'repairs that cost about 40 million dollars' },
        { paragraph: 'p2', quote: 'PORT ELLIN—The Harbor Bridge' }
      ];
    });
    expect(problemsOf(base)).toEqual([]);
  });

  it('catches each Kerman fact as it stood before it was mended', () => {
    const problems = problemsOf(
      kerman((base) => {
        const putin = statement(base, 'st-putin-thanked-trump');
        putin.speaker = {
          description: 'Russian President Vladimir Putin',
          attribution: 'named',
          entity: 'vladimir-putin'
        };
        putin.verb = 'thanked';
        const mission = statement(base, 'st-iran-mission-no-response');
        mission.speaker = {
          description: 'Officials with Iran’s mission to the United Nations',
          attribution: 'organization',
          entity: 'iran-un-mission'
        };
        mission.verb = 'did-not-respond';
        delete relation(base, 'rel-tajik-operatives-based-in-afghanistan').claim;
      })
    );
    expect(problems.map((problem) => [problem.code, 'id' in problem ? problem.id : ''])).toEqual([
      ['silent-speaker', 'st-iran-mission-no-response'],
      ['speaker-is-subject', 'st-putin-thanked-trump'],
      ['unmarked-claim', 'rel-tajik-operatives-based-in-afghanistan']
    ]);
  });
});
