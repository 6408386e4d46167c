// Lint: ESLint's and typescript-eslint's recommended rules (without type
// information, so the whole tree lints in seconds inside `npm test`), over
// the sources, tests, scripts, benchmarks and the dashboard: `npm run lint`.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'coverage/', 'test-artifacts/', 'eval/corpus/texts/', '.devset/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore names what is left out on purpose (`{ limit: _limit, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Input cleaning and the scanners' sentinels match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Migrations see the schema of their own day, not today's: Kysely<any>, as Kysely's guide writes them.
    files: ['src/store/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The scorer's port reads score.py's untyped JSON records; the store's
    // helpers build queries over tables chosen at run time (Kysely<any>).
    // Tests and tools read JSON answers over HTTP as they come.
    files: [
      'src/eval/**',
      'src/cli/commands/eval.ts',
      'src/app/export/tables.ts',
      'src/store/**',
      'src/app/resolve/**',
      'test/**',
      'bench/**',
      'reliability/**',
      'scripts/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
