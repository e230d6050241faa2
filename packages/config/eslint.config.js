// Shared flat config: TypeScript everywhere, Svelte where a package has components.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export const ignores = {
  ignores: [
    '**/node_modules/',
    '**/build/',
    '**/dist/',
    '**/.svelte-kit/',
    '**/test-results/',
    '**/playwright-report/',
    '**/.data/'
  ]
};

export const base = ts.config(
  ignores,
  js.configs.recommended,
  ...ts.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { secret: _, ...rest } = row` is how a field is dropped from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }]
    }
  },
  {
    // Benchmarks exist to print their figures.
    files: ['**/bench/**'],
    rules: { 'no-console': 'off' }
  }
);

/**
 * Imports a package must never make, each with the reason: the layering is facts <- question-bank <- app,
 * with db on its own beside the bank.
 */
export function forbidImports(...rules) {
  return {
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: rules.map(({ group, message }) => ({ group, message, allowTypeImports: false })) }
      ]
    }
  };
}

export const sveltePackage = ts.config(
  ...base,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  },
  {
    // A component may name a server module's types (they are erased), never its code.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/server', '$lib/server/*'],
              message: 'server code stays on the server: pass what a component needs through load data',
              allowTypeImports: true
            },
            {
              // The bank and the db read files and carry zod: in a page's JavaScript they would break it.
              group: ['@newsquiz/*'],
              message: 'the packages run on the server: pass what a component needs through load data',
              allowTypeImports: true
            }
          ]
        }
      ]
    }
  }
);
