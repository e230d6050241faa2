import type { QuestionType } from '@newsquiz/question-bank';

/** What a teacher calls each question type. */
export const questionTypeLabel: Record<QuestionType, string> = {
  'single-choice': 'Single choice',
  'multiple-response': 'Multiple response',
  'true-false': 'True or false',
  numeric: 'Number',
  'short-answer': 'Short answer',
  cloze: 'Fill the blank',
  matching: 'Matching',
  ordering: 'Ordering'
};
