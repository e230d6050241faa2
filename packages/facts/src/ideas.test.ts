import { describe, expect, it } from 'vitest';
import { formatPath } from './fact-problem.ts';
import { loadFactBase } from './load-fact-base.ts';
import type { FactBaseInput } from './schema/fact-base.ts';
import { IdeaForm } from './schema/idea.ts';
import { fixtureFactBase } from './test-fixtures.ts';
import { validateFactBase } from './validate-fact-base.ts';

/** The fixture with one key idea: why the bridge reopened is not in it, but what it cost is. */
function withIdea(change: (idea: Record<string, unknown> & { answers: Record<string, unknown>[] }) => void) {
  const idea = {
    id: 'idea-cost',
    kind: 'idea',
    form: 'reason',
    prompt: 'What does the mayor say the repairs cost?',
    topics: ['the-bridge'],
    evidence: [{ paragraph: 'p2', quote: 'repairs that cost about 40 million dollars' }],
    answers: [
      {
        text: 'About 40 million dollars.',
        source: 'mayor-on-cost',
        evidence: [{ paragraph: 'p2', quote: 'about 40 million dollars' }]
      }
    ],
    misreadings: [
      { text: 'About 9,000 dollars.', flaw: '9,000 is the number of cars.' },
      { text: 'Two years of tolls.', flaw: 'Two years is how long the repairs took.' },
      { text: 'Nothing: the state paid.', flaw: 'The article names no payer.' }
    ],
    about: ['mayor-on-cost']
  };
  change(idea);
  return { ...fixtureFactBase(), ideas: [idea] } as FactBaseInput;
}

function problemsOf(input: FactBaseInput) {
  const result = validateFactBase(input);
  return result.ok ? [] : result.problems;
}

describe('key ideas', () => {
  it('accepts a grounded idea', () => {
    expect(problemsOf(withIdea(() => {}))).toEqual([]);
  });

  it("finds each answer's evidence in its paragraph, reporting the answer's path", () => {
    const [problem] = problemsOf(
      withIdea((idea) => ((idea.answers[0]!.evidence as { quote: string }[])[0]!.quote = 'about 50 million'))
    );
    expect(problem?.code).toBe('quote-not-found');
    expect(formatPath(problem!.path)).toBe('ideas[0].answers[0].evidence[0].quote');
  });

  it('grounds what a misreading’s flaw states in the paragraph it names, reporting its path', () => {
    const grounded = withIdea(
      (idea) =>
        ((idea.misreadings as Record<string, unknown>[])[0]!.evidence = [
          { paragraph: 'p3', quote: 'More than 9,000 cars crossed it' }
        ])
    );
    expect(problemsOf(grounded)).toEqual([]);
    const [problem] = problemsOf(
      withIdea(
        (idea) =>
          ((idea.misreadings as Record<string, unknown>[])[0]!.evidence = [
            { paragraph: 'p3', quote: 'More than 9,500 cars crossed it' }
          ])
      )
    );
    expect(problem?.code).toBe('quote-not-found');
    expect(formatPath(problem!.path)).toBe('ideas[0].misreadings[0].evidence[0].quote');
  });

  it('takes only a statement as the source of an answer', () => {
    const [problem] = problemsOf(withIdea((idea) => (idea.answers[0]!.source = 'bridge-in-port-ellin')));
    expect(problem).toMatchObject({ code: 'wrong-reference-kind', id: 'bridge-in-port-ellin' });
    expect(formatPath(problem!.path)).toBe('ideas[0].answers[0].source');
  });

  it('needs three misreadings to offer as wrong options', () => {
    const [problem] = problemsOf(withIdea((idea) => (idea.misreadings = [])));
    expect(formatPath(problem!.path)).toBe('ideas[0].misreadings');
    expect(problem!.message).toMatch(/3 misreadings/);
  });

  it('gives the Kerman article key ideas of every form, each answer grounded', () => {
    const ideas = loadFactBase('kerman-2024').ideas;
    expect(new Set(ideas.map((idea) => idea.form))).toEqual(new Set(IdeaForm.options));
    expect(ideas.every((idea) => idea.answers.every((answer) => answer.evidence.length > 0))).toBe(true);
  });

  it('words each Kerman idea’s answers and misreadings in one form, so no key stands out by its grammar', () => {
    // "To keep innocent people safe" answers "why?" as "It wanted to keep them safe" does; offered side by
    // side, the one form the keys alone take picks them out.
    const form = (text: string) => (/^To /.test(text) ? 'purpose' : 'clause');
    const forms = (texts: readonly { text: string }[]) =>
      [...new Set(texts.map((item) => form(item.text)))].sort();
    for (const idea of loadFactBase('kerman-2024').ideas)
      expect(forms(idea.answers), idea.id).toEqual(forms(idea.misreadings));
  });

  it("asks the article's own-voice statements as key ideas or rests ideas on them", () => {
    const base = loadFactBase('kerman-2024');
    const ownVoice = base.statements.filter(
      (statement) => statement.speaker.attribution === 'article' && statement.verb !== 'declined'
    );
    const rested = new Set(base.ideas.flatMap((idea) => idea.about));
    expect(
      ownVoice.filter((statement) => !rested.has(statement.id)).map((statement) => statement.id)
    ).toEqual([]);
  });
});
