import { error } from '@sveltejs/kit';
import { getSet, isStorageError, type Db, type QuestionSet, type SetQuestion } from '@newsquiz/db';
import { Question } from '@newsquiz/question-bank';

export type OwnedSet = QuestionSet & { questions: SetQuestion[] };

/** Someone else's set, or no set at all: the same 404, so that ids reveal nothing. */
export async function loadOwnedSet(db: Db, teacherId: string, setId: string): Promise<OwnedSet> {
  try {
    return await getSet(db, teacherId, setId);
  } catch (failure) {
    if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
      error(404, 'No such quiz.');
    throw failure;
  }
}

/** The set's current questions as the bank's typed questions, in order. */
export function questionsOf(
  set: OwnedSet
): Array<{ setQuestionId: string; question: Question; grounded: boolean }> {
  return set.questions.map((row) => ({
    setQuestionId: row.id,
    question: Question.parse(row.snapshot),
    grounded: row.grounded
  }));
}
