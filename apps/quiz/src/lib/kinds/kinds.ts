import type { QuestionType } from '@newsquiz/question-bank';
import ClozeAuthoring from './cloze/AuthoringFields.svelte';
import ClozeInput from './cloze/Input.svelte';
import EvidenceSelectionAuthoring from './evidence-selection/AuthoringFields.svelte';
import EvidenceSelectionInput from './evidence-selection/Input.svelte';
import type { KindComponents } from './kind-components';
import MatchingAuthoring from './matching/AuthoringFields.svelte';
import MatchingInput from './matching/Input.svelte';
import MultipleResponseAuthoring from './multiple-response/AuthoringFields.svelte';
import MultipleResponseInput from './multiple-response/Input.svelte';
import NumericAuthoring from './numeric/AuthoringFields.svelte';
import NumericInput from './numeric/Input.svelte';
import OrderingAuthoring from './ordering/AuthoringFields.svelte';
import OrderingInput from './ordering/Input.svelte';
import ShortAnswerAuthoring from './short-answer/AuthoringFields.svelte';
import ShortAnswerInput from './short-answer/Input.svelte';
import SingleChoiceAuthoring from './single-choice/AuthoringFields.svelte';
import SingleChoiceInput from './single-choice/Input.svelte';
import TrueFalseAuthoring from './true-false/AuthoringFields.svelte';
import TrueFalseInput from './true-false/Input.svelte';

/** Every kind's components by its type: a type without them does not compile. */
export const kindComponents = {
  'single-choice': {
    Input: SingleChoiceInput,
    AuthoringFields: SingleChoiceAuthoring,
    stemLabel: 'Question'
  },
  'multiple-response': {
    Input: MultipleResponseInput,
    AuthoringFields: MultipleResponseAuthoring,
    stemLabel: 'Question'
  },
  'true-false': { Input: TrueFalseInput, AuthoringFields: TrueFalseAuthoring, stemLabel: 'Statement' },
  numeric: { Input: NumericInput, AuthoringFields: NumericAuthoring, stemLabel: 'Question' },
  'short-answer': { Input: ShortAnswerInput, AuthoringFields: ShortAnswerAuthoring, stemLabel: 'Question' },
  cloze: { Input: ClozeInput, AuthoringFields: ClozeAuthoring, stemLabel: 'Instruction' },
  matching: { Input: MatchingInput, AuthoringFields: MatchingAuthoring, stemLabel: 'Question' },
  ordering: { Input: OrderingInput, AuthoringFields: OrderingAuthoring, stemLabel: 'Question' },
  'evidence-selection': {
    Input: EvidenceSelectionInput,
    AuthoringFields: EvidenceSelectionAuthoring,
    stemLabel: 'Claim, and the question: which paragraph says so?'
  }
} satisfies Record<QuestionType, KindComponents>;
