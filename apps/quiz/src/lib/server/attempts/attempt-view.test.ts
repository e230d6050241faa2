import type { AttemptQuestion, AttemptView, Response as StoredAnswer, SetSettings } from '@newsquiz/db';
import { generateBank, type Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { questionView, reviewItems, showsFeedback } from './attempt-view';
import { practiceSettings } from './quiz-draw';

const [question] = generateBank(getFactBase(), { seed: 5, count: 1, types: ['single-choice'] }).questions as [
  Question & { type: 'single-choice' }
];

const row: AttemptQuestion = {
  attemptId: '00000000-0000-4000-8000-000000000000',
  questionId: question.id,
  position: 2,
  setQuestionId: null,
  snapshot: question as unknown as AttemptQuestion['snapshot'],
  maxPoints: 1
};
const wrongChoice = question.options.find((option) => option.id !== question.key)!;
const answer: StoredAnswer = {
  attemptId: row.attemptId,
  questionId: question.id,
  response: { type: 'single-choice', choice: wrongChoice.id },
  correct: false,
  points: 0,
  gamePoints: null,
  answeredAt: new Date()
};

describe('what a student sees of a question', () => {
  test('before it is answered: no key, no explanation, no evidence', () => {
    const view = questionView(row, undefined, { feedbackNow: true, submitted: false });
    expect(view.number).toBe(3);
    expect(view.feedback).toBeNull();
    const sent = JSON.stringify(view);
    expect(sent).not.toContain(question.explanation);
    expect(sent).not.toContain('"key"');
    for (const { quote } of question.evidence) expect(sent).not.toContain(quote);
  });

  test('once answered with immediate feedback: the verdict, both answers, the explanation and the evidence', () => {
    const view = questionView(row, answer, { feedbackNow: true, submitted: false });
    expect(view.feedback).toEqual({
      correct: false,
      score: 0,
      yourAnswer: [wrongChoice.text],
      correctAnswer: [question.options.find((option) => option.id === question.key)!.text],
      explanation: question.explanation,
      evidence: question.evidence
    });
  });

  test('with feedback at the end, an answer reveals nothing until the attempt is handed in', () => {
    const endOnly: SetSettings = { ...practiceSettings, feedback: 'end' };
    expect(showsFeedback(endOnly, false)).toBe(false);
    expect(questionView(row, answer, { feedbackNow: false, submitted: false }).feedback).toBeNull();
    expect(showsFeedback(endOnly, true)).toBe(true);
    const unanswered = questionView(row, undefined, { feedbackNow: true, submitted: true });
    expect(unanswered.feedback).toMatchObject({
      correct: false,
      yourAnswer: [],
      explanation: question.explanation
    });
  });

  test('with feedback never, not even a handed-in attempt shows the answers', () => {
    expect(showsFeedback({ ...practiceSettings, feedback: 'never' }, true)).toBe(false);
  });
});

describe('the feedback of a matching question', () => {
  const [matching] = generateBank(getFactBase(), { seed: 5, count: 1, types: ['matching'] }).questions as [
    Question & { type: 'matching' }
  ];
  const matchingRow: AttemptQuestion = {
    ...row,
    questionId: matching.id,
    snapshot: matching as unknown as AttemptQuestion['snapshot']
  };
  const textOf = (id: string) => matching.options.find((option) => option.id === id)!.text;

  test('marks each pair right or wrong and gives the right match where it was wrong', () => {
    // The first two prompts swap their matches; the others are left unmatched.
    const [first, second] = matching.key;
    const pairs = [
      { prompt: first!.prompt, option: second!.option },
      { prompt: second!.prompt, option: first!.option }
    ];
    const given: StoredAnswer = { ...answer, questionId: matching.id, response: { type: 'matching', pairs } };
    const view = questionView(matchingRow, given, { feedbackNow: true, submitted: false });
    const promptText = (id: string) => matching.prompts.find((prompt) => prompt.id === id)!.text;
    expect(view.feedback?.pairs?.slice(0, 2)).toEqual([
      {
        prompt: promptText(first!.prompt),
        given: textOf(second!.option),
        answer: textOf(first!.option),
        right: false
      },
      {
        prompt: promptText(second!.prompt),
        given: textOf(first!.option),
        answer: textOf(second!.option),
        right: false
      }
    ]);
    const right = questionView(
      matchingRow,
      { ...given, response: { type: 'matching', pairs: matching.key } },
      { feedbackNow: true, submitted: false }
    );
    expect(right.feedback?.pairs?.every((pair) => pair.right)).toBe(true);
  });
});

describe('the review on the results page', () => {
  const [cloze] = generateBank(getFactBase(), { seed: 5, count: 1, types: ['cloze'] }).questions as [
    Question & { type: 'cloze' }
  ];
  const clozeRow: AttemptQuestion = {
    ...row,
    questionId: cloze.id,
    position: 0,
    snapshot: cloze as unknown as AttemptQuestion['snapshot']
  };
  const attempt = (feedback: SetSettings['feedback']): AttemptView => ({
    id: row.attemptId,
    setId: null,
    articleId: 'kerman-2024',
    studentName: 'Practice',
    participantId: 'participant-review-0001',
    seed: 1,
    settings: { ...practiceSettings, feedback },
    startedAt: new Date(),
    deadlineAt: null,
    submittedAt: new Date(),
    score: 0,
    maxScore: 2,
    questions: [clozeRow, row],
    responses: [answer],
    expired: false,
    set: null,
    setTakers: null,
    liveSessionId: null,
    nameKey: null
  });

  test('holds what the page shows, with the feedback a question view gives, and nothing else', () => {
    const items = reviewItems(attempt('end'));
    const answered = questionView(row, answer, { feedbackNow: true, submitted: true });
    const unanswered = questionView(clozeRow, undefined, { feedbackNow: true, submitted: true });
    expect(items).toEqual([
      { number: 1, stem: cloze.stem, passage: cloze.passage, feedback: unanswered.feedback },
      { number: 3, stem: question.stem, passage: null, feedback: answered.feedback }
    ]);
    // Neither the options, nor the answer as sent, nor the question's metadata: the page shows none of them.
    const sent = JSON.stringify(items);
    // The choice's own item: the cloze may rightly name what is a wrong option here.
    const choiceItem = JSON.stringify(items[1]);
    for (const option of question.options.filter((option) => option.id !== question.key))
      if (option.id !== wrongChoice.id) expect(choiceItem).not.toContain(option.text);
    expect(sent).not.toContain(question.topic);
    expect(sent).not.toContain('"choice"');
  });

  test('with feedback never, the questions without their answers', () => {
    expect(reviewItems(attempt('never')).map((item) => item.feedback)).toEqual([null, null]);
  });
});

describe('the key, explanation and evidence of a question, made once per held snapshot', () => {
  const rowOf = (snapshot: Question): AttemptQuestion => ({
    ...row,
    snapshot: snapshot as unknown as AttemptQuestion['snapshot']
  });
  const feedbackOf = (snapshot: Question) =>
    questionView(rowOf(snapshot), answer, { feedbackNow: true, submitted: false }).feedback!;

  test('a frozen snapshot, as the database layer holds it, gives every view the same key feedback', () => {
    const held = Object.freeze(structuredClone(question));
    const [first, second] = [feedbackOf(held), feedbackOf(held)];
    expect(second.evidence).toBe(first.evidence);
    expect(second.correctAnswer).toBe(first.correctAnswer);
    expect(first).toEqual(feedbackOf(structuredClone(question)));
    expect(Object.isFrozen(first.evidence[0])).toBe(true);
  });

  test('a question that is not frozen is read again on every view, so a change to it shows', () => {
    const editable = structuredClone(question);
    expect(feedbackOf(editable).explanation).toBe(question.explanation);
    editable.explanation = 'A teacher’s own explanation.';
    expect(feedbackOf(editable).explanation).toBe('A teacher’s own explanation.');
  });
});
