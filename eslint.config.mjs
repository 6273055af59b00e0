import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'release/', '.demo/', 'coverage/', 'node_modules/', 'src/generated/', 'test/fixtures/generated/', 'integrations/**/vendor/', 'integrations/**/dist/']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  {
    // Node scripts: build, checks, benchmark runner, CLI.
    files: ['**/*.mjs', 'bin/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Plain scripts that run in pages: benchmark pages, test fixtures.
    files: ['bench/**/*.js', 'test/**/*.js', 'src/**/fixtures/**/*.js', 'integrations/**/*.js'],
    languageOptions: {globals: {...globals.browser}, sourceType: 'script'},
  },
  {
    files: ['test/csp/render.js'],
    languageOptions: {sourceType: 'module'},
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', {allow: ['warn']}],
    },
  },
  {
    // Framework apps (test/frameworks/): their checks also run code in pages.
    files: ['test/frameworks/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
  {
    files: ['src/**/*.test.ts', 'src/test-support/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', 'no-console': 'off'},
  }
);
