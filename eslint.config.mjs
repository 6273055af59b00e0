import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';

export default tseslint.config(
  {ignores: ['dist/', 'coverage/', 'node_modules/', 'src/generated/']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  {
    files: ['**/*.mjs'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
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
    files: ['src/**/*.test.ts', 'src/test-support/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  }
);
