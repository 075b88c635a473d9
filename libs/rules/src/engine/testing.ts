import { loadActionCatalog } from '../policy';
import type { Rule } from './rule';
import { RuleEngine } from './rule-engine';

/** An engine over the given rules with the real IAM action catalog, for specs. */
export async function ruleEngineFor(...rules: Rule[]): Promise<RuleEngine> {
  return new RuleEngine(rules, await loadActionCatalog());
}
