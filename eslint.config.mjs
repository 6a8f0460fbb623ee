import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import { builtinModules } from 'node:module';

// Node's built-in modules, with and without the `node:` prefix: what the browser-side code must not import.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));
const NO_VSCODE = {
  name: 'vscode',
  message: 'Only the editor layer (src/extension) imports the VS Code API; the core, the CLI and webviews stay editor-free.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      '.cache/**',
      'node_modules/**',
      'test-output/**',
      '.vscode-test/**',
      'src/core/errors/catalog/generated/**',
      'src/core/errors/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        URLSearchParams: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        crypto: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      // Layout is Prettier's (npm run format); curly would fight its line breaks.
      curly: 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Type-aware rules, on the TypeScript that tsconfig.json covers (the .mjs build scripts are linted without types).
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          checkThenables: true,
          allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' }],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Layering: `vscode` is imported only by the editor layer (src/extension/**).
    files: ['src/**'],
    ignores: ['src/extension/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_VSCODE] }] },
  },
  {
    // The core runs in plain Node, the CLI and the browser: never the editor API, never Node's.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on the VS Code API; put this in src/extension.' },
            ...NODE_BUILTINS.map((name) => ({
              name,
              message: 'src/core runs in the browser too: what needs Node goes in src/node behind an interface the core receives.',
            })),
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'src/core runs in the browser too: what needs Node goes in src/node behind an interface the core receives.',
            },
          ],
        },
      ],
    },
  },
  {
    // Webview scripts run in a browser page: neither the editor API nor Node.
    files: ['src/webview/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'A webview script runs in a browser page: it talks to the extension through postMessage, not the VS Code API.',
            },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'A webview script runs in a browser page: no Node modules.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'A webview script runs in a browser page: no Node modules.' }],
        },
      ],
    },
  },
  {
    // Linear by construction: no pattern in src/ may backtrack super-linearly (issue 16). What these
    // rules cannot prove linear is rewritten as a scanner; test/unit/core/parserCost.test.ts times each parser.
    files: ['src/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/webview/**', 'media/**'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        HTMLElement: 'readonly',
        MessageEvent: 'readonly',
        Event: 'readonly',
        KeyboardEvent: 'readonly',
      },
    },
  },
);
