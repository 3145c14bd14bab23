// npm run lint: typescript-eslint (with type information), the Lit, Lit a11y and web-component rules,
// and prettier for layout. Warnings fail the run (--max-warnings 0).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'screenshots/', 'test/generated/', 'bench/results/', 'mockServiceWorker.js', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'server/**', 'bench/**', 'test/e2e/**', 'test/server/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**', 'demo/**', 'test/**', 'bench/browser/page.js', 'mockServiceWorker.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise (for its DOM
    // snapshots), which makes each `expect(x).to.equal(y)` a "floating promise". In tests the rule is
    // replaced by a list of the calls that really return a promise and must be awaited.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression[callee.name=/^(fixture|oneEvent|sendKeys|sendMouse|resetMouse|setViewport|emulateMedia|waitUntil|nextFrame|aTimeout|executeServerCommand)$/]',
          message: 'This returns a promise: await it.',
        },
        {
          selector:
            "ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|run|refresh)$/][callee.object.name!='it']",
          message: 'This returns a promise: await it.',
        },
      ],
    },
  },
  prettier,
);
