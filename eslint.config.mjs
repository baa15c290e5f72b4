// ESLint flat config: the recommended rules, plus the layer rules that keep imports flowing one way
// (see docs/architecture.md): features never know the bot SDK or HTTP; nothing imports upwards.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BOT_SDK = { group: ['botbuilder', 'botbuilder-*', 'restify', 'restify-*'], message: 'Keep botbuilder and restify inside src/bot and src/http.' };
const STORE_IMPLEMENTATIONS = {
  regex: '/store/(sqlite|mongo)(/|$)',
  message: 'Use the store through src/store (store/index.ts); only it picks an implementation.',
};
const COMPOSITION_ROOT = { regex: '^(\\.\\./)+index$', message: 'Only entry points (src/tools) may import the composition root.' };
const layer = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [STORE_IMPLEMENTATIONS, ...patterns] }] });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'src/http/tab/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/features/**/*.ts'],
    rules: layer(BOT_SDK, COMPOSITION_ROOT, { regex: '/(bot|http|tools)(/|$)', message: 'Features never import the bot, HTTP or tools layers.' }),
  },
  {
    files: ['src/scheduler/**/*.ts', 'src/store/**/*.ts', 'src/*.ts'],
    ignores: ['src/index.ts'],
    rules: layer(BOT_SDK, COMPOSITION_ROOT, { regex: '/(bot|http|tools)(/|$)', message: 'Lower layers never import the bot, HTTP or tools layers.' }),
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/index.ts', 'src/store/sqlite/**', 'src/store/mongo/**'],
    rules: layer(BOT_SDK, COMPOSITION_ROOT, { regex: '^\\.\\./', message: 'The store imports nothing above it.' }),
  },
  {
    files: ['src/bot/**/*.ts', 'src/http/**/*.ts'],
    rules: layer(COMPOSITION_ROOT, { regex: '/tools(/|$)', message: 'The bot and HTTP layers never import tools.' }),
  },
  {
    // Build scripts: plain CommonJS run by node before anything is compiled.
    files: ['scripts/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
