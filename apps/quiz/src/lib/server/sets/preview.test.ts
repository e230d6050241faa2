import { describe, expect, test } from 'vitest';
import { getBank } from './bank';
import { previewQuestions } from './preview';

const bank = getBank('kerman-2024');
const cloze = getBank('kerman-2024', 'cloze').find((question) => question.type === 'cloze')!;
const choice = bank.find((question) => question.type === 'single-choice')!;
if (cloze.type !== 'cloze' || choice.type !== 'single-choice') throw new Error('the bank lacks a type');

describe('a teacher’s preview', () => {
  test('shows each question as a student sees it: the passage of a cloze, and no key', () => {
    const { views } = previewQuestions([cloze, choice]);
    expect(views.map((view) => view.number)).toEqual([1, 2]);
    expect(views[0]!.question.passage).toBe(cloze.passage);
    for (const view of views) {
      expect(view.feedback).toBeNull();
      expect(JSON.stringify(view.question)).not.toMatch(/"key"|explanation|evidence/);
    }
  });

  test('grades the answers tried as a student’s would be, and leaves the others open', () => {
    const wrong = choice.options.find((option) => option.id !== choice.key)!;
    const form = new FormData();
    form.append('q2.answer', wrong.id);
    const preview = previewQuestions([cloze, choice], form);
    expect(preview.checked).toBe(1);
    expect(preview.views[0]!.feedback).toBeNull();
    expect(preview.views[1]!.feedback).toMatchObject({ correct: false, score: 0, yourAnswer: [wrong.text] });
    // As a student reads it: the explanation, then its quote once, as evidence, not also at the explanation's end.
    const { explanation, evidence } = preview.views[1]!.feedback!;
    const [quoted] = choice.evidence;
    expect(evidence).toEqual([{ paragraph: quoted!.paragraph, quote: quoted!.quote }]);
    expect(choice.explanation).toContain(quoted!.quote);
    expect(choice.explanation.startsWith(explanation)).toBe(true);
    expect(explanation).not.toContain(quoted!.quote);
    expect(explanation).toMatch(/\.$/);
    form.set('q2.answer', choice.key);
    form.append('q1.answer', cloze.key[0]!);
    const right = previewQuestions([cloze, choice], form);
    expect(right.views.map((view) => view.feedback?.correct)).toEqual([true, true]);
  });

  test('an answer that is not one of the options is named by its question, not graded', () => {
    const form = new FormData();
    form.append('q2.answer', 'zz');
    const preview = previewQuestions([cloze, choice], form);
    expect(preview).toMatchObject({ checked: 0, problems: { 2: 'That choice is not one of the options.' } });
  });
});
