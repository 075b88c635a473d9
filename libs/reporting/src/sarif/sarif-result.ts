import type { Result } from 'sarif';
import type { ReportFinding } from './sarif-input';
import { resourceUri } from './resource-uri';
import { SARIF_LEVEL } from './sarif-severity';

/** One finding as a SARIF result: a scheme-less uri, the ARN as a logical location, a stable line hash. */
export function sarifResult(finding: ReportFinding, ruleIndex: number): Result {
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message || finding.title },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: resourceUri(finding.resource.arn) },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
        },
        logicalLocations: [{ name: finding.resource.name, fullyQualifiedName: finding.resource.arn, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
    baselineState: finding.state,
    properties: { accountId: finding.accountId, region: finding.region, resourceType: finding.resource.type },
  };
  if (finding.carried) result.properties = { ...result.properties, carried: finding.carried };
  if (finding.suppression) {
    const { id, reason, createdBy, expiresAt } = finding.suppression;
    result.suppressions = [
      { kind: 'external', status: 'accepted', justification: reason, guid: id, properties: { createdBy, expiresAt: expiresAt?.toISOString() ?? null } },
    ];
  }
  return result;
}
