import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from './normalise-answer.ts';
import { StudentQuestion, studentView } from './student-view.ts';
import { kermanBank, sampleOf } from './test-support.ts';

describe('studentView', () => {
  it('keeps what a student needs to answer', () => {
    expect(studentView(sampleOf('matching'))).toEqual({
      id: sampleOf('matching').id,
      type: 'matching',
      stem: 'Match each person to their role.',
      prompts: sampleOf('matching').prompts,
      options: sampleOf('matching').options,
      topic: 'isis-k-background',
      skill: 'recall',
      difficulty: 'medium'
    });
  });

  it('never carries the key, the explanation, the evidence or the fact ids', () => {
    for (const question of kermanBank().questions) {
      const view = studentView(question);
      expect(StudentQuestion.parse(view)).toEqual(view);
      expect(Object.keys(view)).not.toContain('key');
      expect(Object.keys(view)).not.toContain('explanation');
      expect(Object.keys(view)).not.toContain('evidence');
      expect(Object.keys(view)).not.toContain('factIds');
      if (question.type === 'short-answer' || question.type === 'cloze') {
        const shown = normaliseAnswer(`${view.stem} ${view.passage ?? ''}`);
        for (const answer of question.key) expect(` ${shown} `).not.toContain(` ${normaliseAnswer(answer)} `);
      }
    }
  });
});
