import type { Article } from '@newsquiz/facts';
import type { Question, QuestionDraft, Response, StudentQuestion } from '@newsquiz/question-bank';
import type { QuestionFormValues } from './question-form';

/** One question's part of a posted answer form. */
export type AnswerFields = {
  /** The field name of the question's input, or of one named part of it. */
  name(suffix?: string): string;
  /** Every value posted under that name. */
  all(suffix?: string): string[];
  /** The first value posted under that name, as sent; blank when none was. */
  first(suffix?: string): string;
  /** Where the name first came in the post (forms post in page order), or -1 when it did not. */
  place(suffix?: string): number;
};

export type ParsedAnswer = { ok: true; response: Response } | { ok: false; field: string; message: string };

type DraftOf<Q extends Question> = Extract<QuestionDraft, { type: Q['type'] }>;

/** What every kind's draft shares, read from the form before the kind reads its own fields. */
export type CommonDraft = Pick<
  QuestionDraft,
  'stem' | 'explanation' | 'evidence' | 'factIds' | 'topic' | 'skill'
>;

/** Where parts of a question came from on the form, to put a gate's finding next to the field at fault. */
export type FieldSources = {
  /** The input of each option, by the option's place in the question. */
  options: string[];
  /** The input of each prompt, by its place. */
  prompts: string[];
  /** The field a finding about the key belongs to. */
  key: string;
  /** The field a finding about the options as a whole belongs to. */
  group: string;
};

export type DraftInput = {
  values: QuestionFormValues;
  /** The article the question is about, whose paragraphs a question may offer. */
  article: Article;
  common: CommonDraft;
  /** Puts a message next to a field; the question is refused if any field has one. */
  refuse: (field: string, message: string) => void;
};

/** How one kind of question is read from, and written back to, the teacher's question form. */
export type KindAuthoring<Q extends Question> = {
  /** What a teacher is told when the question has fewer rows than it needs. */
  tooFewRows: (minimum: number) => string;
  /** A new question's fields, where they differ from blank. */
  blank: Partial<QuestionFormValues>;
  /** The form filled in from a question of this kind, for editing it. */
  values(question: Q): Partial<QuestionFormValues>;
  draft(input: DraftInput): { draft: DraftOf<Q>; sources: Partial<FieldSources> };
};

/** One kind of question as the app's forms handle it: the student's answer and the teacher's authoring. */
export type KindForm<Q extends Question> = {
  /** Reads a student's answer, checked against the question as the student saw it. */
  parseAnswer(question: StudentQuestion, fields: AnswerFields): ParsedAnswer;
  authoring: KindAuthoring<Q>;
};
