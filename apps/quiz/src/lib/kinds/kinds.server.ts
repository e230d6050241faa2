import type { Question, QuestionType } from '@newsquiz/question-bank';
import { clozeForm } from './cloze/form.server';
import { evidenceSelectionForm } from './evidence-selection/form.server';
import type { KindForm } from './kind-form';
import { matchingForm } from './matching/form.server';
import { multipleResponseForm } from './multiple-response/form.server';
import { numericForm } from './numeric/form.server';
import { orderingForm } from './ordering/form.server';
import { shortAnswerForm } from './short-answer/form.server';
import { singleChoiceForm } from './single-choice/form.server';
import { trueFalseForm } from './true-false/form.server';

/** Every kind's forms by its type: a type without its forms does not compile. */
export const kindForms = {
  'single-choice': singleChoiceForm,
  'multiple-response': multipleResponseForm,
  'true-false': trueFalseForm,
  numeric: numericForm,
  'short-answer': shortAnswerForm,
  cloze: clozeForm,
  matching: matchingForm,
  ordering: orderingForm,
  'evidence-selection': evidenceSelectionForm
} satisfies { [T in QuestionType]: KindForm<Extract<Question, { type: T }>> };

/** The forms of a question's kind; the record above is what makes the cast true. */
export const kindFormOf = (type: QuestionType) => kindForms[type] as unknown as KindForm<Question>;
