throw new Error(
  'TEMPORARY NOTE FOR ENGINEERS: this repo no longer uses Jest (NestJS 12 is ESM-only and Jest cannot require ESM on Node 20). ' +
  'Tests run with Node\'s built-in test runner on tsc-compiled code. In spec/test files write: ' +
  "import { describe, it, before, after, beforeEach } from 'node:test'; import { expect } from 'expect'; " +
  '(expect has the same matchers as Jest; use before/after instead of beforeAll/afterAll). ' +
  'Run: `npm test -- libs/career-guides` (builds dist-test/ with tsc, then runs matching *.spec/*.test files).',
);
