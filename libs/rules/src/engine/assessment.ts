import {
  GLOBAL_REGION,
  arnKind,
  notAssessedCovers,
  type CollectionGap,
  type LocatedFinding,
  type MissingOperation,
  type NotAssessed,
  type ResourceRef,
} from '@rolecall/model';
import { ALWAYS_NEEDED, type OperationId, type RuleReads } from './reads';

/** What a failed read touched: its operation, and where (a region, or one resource of it). */
export interface PlacedGap {
  region: string;
  resource: string | undefined;
  missing: MissingOperation;
  operation: OperationId;
}

/** An account's gaps, placed once for every rule and hit that asks about them. */
export function placeGaps(gaps: readonly CollectionGap[]): PlacedGap[] {
  return gaps.map(placed);
}

function placed(gap: CollectionGap): PlacedGap {
  const operation: OperationId = `${gap.service}:${gap.operation}`;
  // Without the account's regions, no other region was read: the gap is the whole account's.
  const region = ALWAYS_NEEDED.includes(operation) ? GLOBAL_REGION : gap.region;
  return { region, resource: gap.resource, operation, missing: { service: gap.service, operation: gap.operation, errorCode: gap.errorCode } };
}

/**
 * Where a rule could not assess an account: one entry per place (region, or one resource of it) where
 * an operation the rule needs failed, naming every such operation.
 */
export function notAssessedFor(ruleId: string, reads: RuleReads, accountId: string, gaps: readonly PlacedGap[]): NotAssessed[] {
  const needs = new Set<OperationId>([...ALWAYS_NEEDED, ...reads.needs]);
  const byPlace = new Map<string, NotAssessed>();
  for (const gap of gaps) {
    if (!needs.has(gap.operation)) continue;
    const key = `${gap.region}\u0000${gap.resource ?? ''}`;
    const entry = byPlace.get(key) ?? { ruleId, accountId, region: gap.region, resource: resourceOfArn(gap.resource), missing: [] };
    if (!entry.missing.some((known) => sameOperation(known, gap.missing))) entry.missing.push(gap.missing);
    byPlace.set(key, entry);
  }
  return [...byPlace.values()];
}

/** The reads (needed or enriching) that failed where this finding stands: what its evidence could not take into account. */
export function unreadFor(reads: RuleReads, gaps: readonly PlacedGap[], finding: LocatedFinding): MissingOperation[] {
  const relevant = new Set<OperationId>([...reads.needs, ...reads.enriches]);
  const unread: MissingOperation[] = [];
  for (const gap of gaps) {
    if (!relevant.has(gap.operation) || unread.some((known) => sameOperation(known, gap.missing))) continue;
    const entry: NotAssessed = { ruleId: finding.ruleId, accountId: finding.accountId, region: gap.region, resource: resourceOfArn(gap.resource), missing: [gap.missing] };
    if (notAssessedCovers(entry, finding)) unread.push(gap.missing);
  }
  return unread;
}

/** Every rule, not assessed anywhere in an account that could not be read at all. */
export function accountNotAssessed(ruleIds: readonly string[], accountId: string, missing: MissingOperation): NotAssessed[] {
  return ruleIds.map((ruleId) => ({ ruleId, accountId, region: GLOBAL_REGION, resource: null, missing: [missing] }));
}

function sameOperation(a: MissingOperation, b: MissingOperation): boolean {
  return a.service === b.service && a.operation === b.operation && a.errorCode === b.errorCode;
}

const RESOURCE_TYPES: Record<string, string> = {
  'ecs:cluster': 'AWS::ECS::Cluster',
  'ecs:task-definition': 'AWS::ECS::TaskDefinition',
  'eks:cluster': 'AWS::EKS::Cluster',
  'iam:role': 'AWS::IAM::Role',
  'iam:oidc-provider': 'AWS::IAM::OIDCProvider',
  'ec2:launch-template': 'AWS::EC2::LaunchTemplate',
};

function resourceOfArn(arn: string | undefined): ResourceRef | null {
  if (arn === undefined) return null;
  const kind = arnKind(arn) ?? '';
  const name = arn.slice(arn.indexOf('/') + 1) || arn;
  return { arn, type: RESOURCE_TYPES[kind] ?? 'AWS::Unknown::Resource', name };
}
