import { after, before, describe } from 'node:test';
import { TEST_ENGINES, createTestDatabase, type TestDatabase } from './test-database';

/**
 * Declares the suite once per engine, each on a database of its own made before the
 * suite's tests and deleted after them. `current()` is the suite's database.
 */
export function describeOnEachEngine(title: string, suite: (current: () => TestDatabase) => void): void {
  for (const engine of TEST_ENGINES) {
    describe(`${title} (${engine})`, () => {
      let testDatabase: TestDatabase | undefined;
      before(async () => {
        testDatabase = await createTestDatabase(engine);
      });
      after(() => testDatabase?.dispose());
      suite(() => {
        if (!testDatabase) throw new Error(`the ${engine} test database is not open`);
        return testDatabase;
      });
    });
  }
}
