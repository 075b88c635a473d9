import type { AccountInventory, Evidence, OrganizationContext, ResourceRef, Severity } from '@rolecall/model';
import type { RuleReads } from './reads';
import type { RoleAnalyzer } from './role-analyzer';

export interface RuleMetadata {
  /** Stable, dotted, lower-case: `<domain>.<resource>.<problem>`. */
  id: string;
  title: string;
  /** Severity with no aggravating factor; a finding may raise it and says why in its evidence. */
  severity: Severity;
  /** CloudFormation-style type of the resource a finding points at, e.g. AWS::ECS::TaskDefinition. */
  resourceType: string;
  description: string;
  risk: string;
  /** A concrete fix, with the setting or policy to change. */
  remediation: string;
  references: string[];
  /** Security Hub / CIS controls this rule corresponds to, e.g. "AWS Security Hub ECS.4". */
  compliance: string[];
  /** The AWS operations behind what the rule reads: the engine decides from them what it could not assess. */
  reads: RuleReads;
}

/** What the engine hands every rule for one account. */
export interface RuleContext {
  inventory: AccountInventory;
  organization: OrganizationContext;
  /** Memoized permission and trust analysis of this account's roles. */
  roles: RoleAnalyzer;
}

/** What the caller supplies; the engine adds the role analyzer. */
export type AccountInput = Omit<RuleContext, 'roles'>;

/** What a rule reports; the engine adds the rule's id, title, account and fingerprint. */
export interface RuleHit {
  region: string;
  resource: ResourceRef;
  message: string;
  evidence: Evidence;
  relatedResources?: string[];
  severity?: Severity;
  remediation?: string;
  /** Distinguishes several findings of one rule on one resource (e.g. a container name). */
  key?: string;
}

export interface Rule {
  metadata: RuleMetadata;
  evaluate(context: RuleContext): RuleHit[];
}
