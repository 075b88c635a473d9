import { type EksCluster, type FingerprintedFinding } from '@rolecall/model';
import { anEksCluster, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';

/** For specs: evaluate one rule over clusters built from the given overrides. */
export function evaluateClusters(engine: RuleEngine, ...overrides: Partial<EksCluster>[]): { clusters: EksCluster[]; findings: FingerprintedFinding[] } {
  const clusters = overrides.map((override, index) => anEksCluster({ name: `c${index}`, ...override }));
  return { clusters, findings: engine.evaluateAccount({ inventory: anInventory({ eks: { clusters } }), organization: anOrganization() }) };
}
