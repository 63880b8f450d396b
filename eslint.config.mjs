import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'build/', 'coverage/', '.scratch/', '.bench-builds/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**', '.storybook/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**', 'examples/**', 'stories/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // chai's `expect(x).to.exist` is an assertion, not an unused expression.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import the d3-* modules you use.' }] }],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import the d3-* modules you use.' }],
          patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'The core is pure: no lit, no DOM.' }],
        },
      ],
    },
  },
);
