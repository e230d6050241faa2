import { describe, expect, it } from 'vitest';
import type { Question } from '../question.ts';
import { sampleOf, sampleQuestions } from '../test-support.ts';
import { lintQuestion } from './lint-question.ts';
import type { QuestionProblemCode } from './question-problem.ts';

function codesOf(question: unknown): { code: QuestionProblemCode; path: readonly (string | number)[] }[] {
  const result = lintQuestion(question);
  return result.ok ? [] : result.problems.map(({ code, path }) => ({ code, path }));
}

function withOptions(texts: string[], stem = 'Which place is meant?'): Question {
  return {
    ...sampleOf('single-choice'),
    stem,
    options: texts.map((text, i) => ({ id: 'abcdef'[i]!, text })),
    key: 'a'
  };
}

describe('lintQuestion', () => {
  it('passes a well-made question of every type', () => {
    for (const question of sampleQuestions()) expect(codesOf(question), question.type).toEqual([]);
  });

  it('rejects a malformed question with the path of the bad field', () => {
    const { stem: _stem, ...noStem } = sampleOf('true-false');
    expect(codesOf(noStem)).toEqual([{ code: 'invalid-shape', path: ['stem'] }]);
  });

  it('rejects a key that names no option', () => {
    expect(codesOf({ ...sampleOf('single-choice'), key: 'z' })).toEqual([
      { code: 'unknown-key-option', path: ['key'] }
    ]);
  });

  it('rejects a multiple-response item with no key or one option marked twice', () => {
    expect(codesOf({ ...sampleOf('multiple-response'), key: [] })).toEqual([
      { code: 'missing-key', path: ['key'] }
    ]);
    expect(codesOf({ ...sampleOf('multiple-response'), key: ['a', 'a'] })).toEqual([
      { code: 'key-not-unique', path: ['key'] }
    ]);
  });

  it('rejects a matching key that gives a prompt two matches or none', () => {
    const matching = sampleOf('matching');
    const key = [...matching.key.slice(0, 2), { prompt: '1', option: 'b' }];
    expect(codesOf({ ...matching, key })).toEqual([
      { code: 'key-not-unique', path: ['prompts', 0] },
      { code: 'missing-key', path: ['prompts', 2] }
    ]);
  });

  it('rejects an ordering key that is not every option once', () => {
    expect(codesOf({ ...sampleOf('ordering'), key: ['a', 'b', 'b'] })).toEqual([
      { code: 'key-not-unique', path: ['key'] }
    ]);
  });

  it('rejects too few options and duplicate options, case and punctuation aside', () => {
    expect(codesOf(withOptions(['Iraq', 'Syria']))).toEqual([{ code: 'too-few-options', path: ['options'] }]);
    expect(codesOf(withOptions(['Iraq', 'Syria', 'iraq.']))).toEqual([
      { code: 'duplicate-option', path: ['options', 2, 'text'] }
    ]);
  });

  it('rejects an option the stem gives away', () => {
    expect(codesOf(withOptions(['Iraq', 'Syria', 'Yemen'], 'Is Yemen or Iraq the place?'))).toEqual([
      { code: 'giveaway-option', path: ['options', 0, 'text'] },
      { code: 'giveaway-option', path: ['options', 2, 'text'] }
    ]);
  });

  it('rejects a short answer the stem already holds', () => {
    expect(codesOf({ ...sampleOf('short-answer'), stem: 'Was it ISIS K?' })).toEqual([
      { code: 'giveaway-option', path: ['key', 0] }
    ]);
  });

  it('rejects options of mixed kinds and of very different lengths', () => {
    expect(codesOf(withOptions(['Iraq', '84', 'Syria']))).toEqual([
      { code: 'mixed-option-kinds', path: ['options'] }
    ]);
    expect(
      codesOf(withOptions(['Iraq', 'Syria', 'the provinces of Iran that border Iraq and Turkey']))
    ).toEqual([{ code: 'option-lengths-differ', path: ['options'] }]);
  });

  it('rejects a single key that is much the longest option, and lets a slightly longer one pass', () => {
    const others = ['The council met on Monday.', 'The mayor resigned in May.', 'The vote was postponed.'];
    const long = 'The council approved the new harbor bridge budget by a wide margin.';
    expect(codesOf(withOptions([long, ...others]))).toEqual([
      { code: 'key-longest', path: ['options', 0, 'text'] }
    ]);
    // Longer, but by less than a quarter: no cue worth the name.
    expect(codesOf(withOptions(['The council approved the budget.', ...others]))).toEqual([]);
    // A wrong option as long as the key takes the cue away.
    expect(
      codesOf(
        withOptions([
          long,
          ...others.slice(1),
          'The council rejected the old harbor bridge plan by one vote.'
        ])
      )
    ).toEqual([]);
  });

  it('rejects "all of the above" and "none of the above"', () => {
    expect(codesOf(withOptions(['Iraq', 'Syria', 'All of the above']))).toContainEqual({
      code: 'all-or-none-of-the-above',
      path: ['options', 2, 'text']
    });
    expect(codesOf(withOptions(['Iraq', 'Syria', 'None of these']))).toContainEqual({
      code: 'all-or-none-of-the-above',
      path: ['options', 2, 'text']
    });
  });

  it('rejects a negation in the stem unless it is in capitals', () => {
    const stem = 'Which country did not warn Iran?';
    expect(codesOf(withOptions(['Iraq', 'Syria', 'Yemen'], stem))).toEqual([
      { code: 'negation-without-emphasis', path: ['stem'] }
    ]);
    expect(codesOf(withOptions(['Iraq', 'Syria', 'Yemen'], 'Which country did NOT warn Iran?'))).toEqual([]);
  });

  it('rejects a question without evidence', () => {
    expect(codesOf({ ...sampleOf('true-false'), evidence: [] })).toEqual([
      { code: 'missing-evidence', path: ['evidence'] }
    ]);
  });

  it('rejects a cloze passage without exactly one blank, and a range that ends below its start', () => {
    expect(codesOf({ ...sampleOf('cloze'), passage: 'Islamic State’s affiliate' })).toEqual([
      { code: 'bad-blank', path: ['passage'] }
    ]);
    expect(codesOf({ ...sampleOf('numeric'), key: { kind: 'range', min: 9, max: 1 } })).toEqual([
      { code: 'bad-range', path: ['key'] }
    ]);
  });

  it('says why in a message a teacher can act on', () => {
    const result = lintQuestion(withOptions(['Iraq', 'Syria', 'Yemen'], 'Which country did not warn Iran?'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('write "not" in capitals so it is not missed');
  });
});
