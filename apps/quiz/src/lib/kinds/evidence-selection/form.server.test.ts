import type { StudentQuestion } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { authoredQuestion, emptyValues } from '$lib/server/authoring/authored-question';
import { getFactBase } from '$lib/server/platform/articles';
import { parseAnswerForm } from '$lib/server/attempts/response-form';

const factBase = getFactBase();
const context = { article: factBase.article, topicIds: factBase.topics.map((topic) => topic.id) };
const paragraphText = (id: string) =>
  factBase.article.paragraphs.find((paragraph) => paragraph.id === id)!.text;

const teacherForm = (offered: string[]) => ({
  ...emptyValues('evidence-selection'),
  stem: '“Iran failed to prevent the bombings.” Which paragraph of the article says so?',
  explanation: 'Paragraph 10 says so.',
  topic: 'the-attack',
  offered,
  paragraphs: ['p10'],
  quotes: ['Iran, however, failed to prevent the suicide bombings']
});

describe('evidence selection', () => {
  test('a teacher offers paragraphs; the key is the offered ones the evidence quotes, in article order', () => {
    const result = authoredQuestion(teacherForm(['p19', '', 'p10', 'p13']), 'evidence-selection', context);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.question).toMatchObject({
      type: 'evidence-selection',
      options: ['p10', 'p13', 'p19'].map((id) => ({ id, text: paragraphText(id) })),
      key: ['p10']
    });
  });

  test('offering no paragraph the evidence quotes is refused at the paragraphs, so no key can be wrong', () => {
    const result = authoredQuestion(teacherForm(['p13', 'p19', 'p22']), 'evidence-selection', context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.offered?.[0]).toMatch(/Offer the paragraph your evidence quotes/);
  });

  test('a paragraph that is not the article’s is refused at its row', () => {
    const result = authoredQuestion(teacherForm(['p10', 'p13', 'p999']), 'evidence-selection', context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['offered-2']).toEqual(['Choose a paragraph of the article.']);
  });

  test('a student’s answer must be one of the paragraphs offered', () => {
    const question: StudentQuestion = {
      id: 'q-0123456789abcdef',
      type: 'evidence-selection',
      stem: 'Which paragraph says so?',
      options: [
        { id: 'p10', text: 'Iran failed to prevent the bombings.' },
        { id: 'p13', text: 'No response.' },
        { id: 'p19', text: 'The bloodiest attack.' }
      ],
      topic: 'the-attack',
      skill: 'sourcing',
      difficulty: 'medium'
    };
    const form = (value?: string) => {
      const data = new FormData();
      if (value !== undefined) data.append('answer', value);
      return data;
    };
    expect(parseAnswerForm(question, form('p13'))).toEqual({
      ok: true,
      response: { type: 'evidence-selection', choice: 'p13' }
    });
    expect(parseAnswerForm(question, form('p7'))).toMatchObject({ ok: false, field: 'answer' });
    expect(parseAnswerForm(question, form())).toMatchObject({
      ok: false,
      message: 'Choose the paragraph that says so.'
    });
  });
});
