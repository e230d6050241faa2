import type { Response, StudentQuestion } from '@newsquiz/question-bank';
import type { Component } from 'svelte';
import type { FieldErrors } from '$lib/field-errors';
import type { QuestionFormValues } from './question-form';

/** What a kind's answer input is given: the question as the student sees it and the answer given so far. */
export type InputProps = {
  question: StudentQuestion;
  response: Response | null;
  /** The field name of the question's input, or of one named part of it. */
  name: (suffix?: string) => string;
  /** An element id unique on the page, for labels. */
  id: (suffix: string) => string;
  invalid: 'true' | undefined;
  /** Several questions share one form, so an input left as shown is not yet an answer. */
  sharesForm: boolean;
};

/** What a kind's part of the teacher's question form is given. */
export type AuthoringProps = {
  values: QuestionFormValues;
  errors: FieldErrors;
  /** The article's paragraphs, for a kind that offers them. */
  paragraphs: { id: string; label: string }[];
  /** The id of the input to focus after a row was added or removed, so the keyboard stays in place. */
  focus: string | null;
};

/** One kind of question as the app's pages show it. */
export type KindComponents = {
  /** The student's answer input, inside the question's fieldset. */
  Input: Component<InputProps>;
  /** The fields a teacher fills in for this kind, between the stem and the explanation. */
  AuthoringFields: Component<AuthoringProps>;
  /** What the stem is called on the teacher's form. */
  stemLabel: string;
};
