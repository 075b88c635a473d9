/** For specs only (`@rolecall/persistence/testing`): a fresh database per test file, on each engine. Not in the production entry point. */
export { TEST_ENGINES, createTestDatabase } from './test-database';
export type { TestDatabase } from './test-database';
