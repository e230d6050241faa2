import type { StorageError } from '@newsquiz/db';

const entities = {
  teacher: 'account',
  set: 'quiz',
  question: 'question',
  attempt: 'quiz attempt',
  'live session': 'live session'
} as const;

/**
 * A refusal of the database in the words of the teacher or student who met it. The database's own messages
 * name ids and fields for the logs; none of that reaches a page.
 */
export function plainRefusal(failure: StorageError): string {
  const problem = failure.problem;
  switch (problem.code) {
    case 'invalid-input':
      return problem.issues.some((issue) => issue.path === 'orderedIds')
        ? 'The new order must list every question of this quiz once. The quiz may have changed since the page was shown: reload it and try again.'
        : 'Something on the form was not as the page sent it. Reload the page and try again.';
    case 'not-found':
      return `No such ${entities[problem.entity]}.`;
    case 'question-not-in-set':
      return 'That question is no longer in this quiz. Reload the page to see the quiz as it is now.';
    case 'question-not-in-attempt':
      return 'That question is not part of this quiz.';
    case 'set-empty':
      return 'Add at least one question before you publish the quiz.';
    case 'attempt-submitted':
      return 'This quiz has already been handed in.';
    default:
      // The others are written for people already (a closed quiz, the attempts used, the time over).
      return failure.message;
  }
}
