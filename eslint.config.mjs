// @ts-check
/**
 * One lint configuration for the whole repository: typescript-eslint's
 * type-checked recommendations on TypeScript, eslint-plugin-astro on .astro
 * files, and eslint-config-prettier last so that formatting is Prettier's
 * alone (`npm run format`). A rule relaxed below says why.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      'tests/fixtures/',
      'content/',
      'bench-results/',
      '.bench/',
      // The benchmark's plain comparison site has its own tsconfig and no type
      // information here; it is held to Prettier only.
      'scripts/bench/baseline/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names prefixed with _ are deliberate (a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read parsed XML, JSON and iCalendar, typed any by their parsers; a
    // wrong shape fails the assertion that reads it.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // astro-eslint-parser gives typescript-eslint no types for Astro.props (inferred
    // from getStaticPaths) or for .astro imports, so every value would read as
    // "error typed"; `astro check` (part of npm test) type-checks .astro files
    // and the TypeScript modules that import them.
    files: ['**/*.astro', 'src/components/mdx/index.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    // Plain JavaScript here runs on Node (the Netlify plugin, configs).
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  prettier,
);
