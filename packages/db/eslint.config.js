import { base, forbidImports } from '@newsquiz/config/eslint';

export default [
  ...base,
  forbidImports({
    group: ['@newsquiz/question-bank', '@newsquiz/quiz'],
    message: 'the database stores what the app gives it; it never depends on the bank or the app'
  })
];
