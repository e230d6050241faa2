import { base, forbidImports } from '@newsquiz/config/eslint';

export default [
  ...base,
  forbidImports({
    group: ['@newsquiz/question-bank', '@newsquiz/db', '@newsquiz/quiz'],
    message: 'the fact base is the bottom layer: it depends on no other package of ours'
  })
];
