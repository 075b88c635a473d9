import type { AccountInventory, Evidence, MetadataOptions, Severity } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import { rolePower, roleOfInstanceProfile } from '../placement/role-facts';

/** IMDSv1 answers unless tokens are required or the endpoint is off. */
export function allowsImdsV1(options: MetadataOptions): boolean {
  return options.httpEndpoint !== 'disabled' && options.httpTokens !== 'required';
}

/** The settings IMDSv1 exposure turns on, and the one hop-limit exposure turns on. */
export const IMDSV1_SETTINGS = ['httpTokens', 'httpEndpoint'] as const;
export const HOP_LIMIT_SETTINGS = ['httpPutResponseHopLimit', 'httpEndpoint'] as const;

/**
 * Launch template and configuration settings absent: the region's account defaults apply. Undefined
 * (undecided) when one of `needed` is inherited and the account defaults were not read.
 */
export function effectiveOptions(
  inventory: AccountInventory,
  region: string,
  options: MetadataOptions | undefined,
  needed: readonly (keyof MetadataOptions)[],
): MetadataOptions | undefined {
  const defaults = inventory.ec2.metadataDefaults.find((candidate) => candidate.region === region);
  if (defaults === undefined) return needed.some((setting) => options?.[setting] === undefined) ? undefined : { ...options };
  const inherited: MetadataOptions = { httpTokens: defaults.httpTokens, httpPutResponseHopLimit: defaults.httpPutResponseHopLimit, httpEndpoint: defaults.httpEndpoint };
  return { ...inherited, ...options };
}

export interface Exposure {
  severity: Severity;
  evidence: Evidence;
  roleArn?: string;
}

/**
 * What IMDS hands out on a host: the role behind its instance profile and what that role can do. No profile
 * is low; a role that cannot be analysed keeps `otherwise` and says its permissions are unknown.
 */
export function imdsExposure({ inventory, roles }: RuleContext, profile: string | undefined, otherwise: Severity): Exposure {
  const role = roleOfInstanceProfile(inventory, profile);
  if (profile === undefined) return { severity: 'low', evidence: { instanceProfile: null, roleArn: null } };
  if (role === undefined) return { severity: otherwise, evidence: { instanceProfile: profile, roleArn: null } };
  const power = rolePower(roles, role.arn, otherwise);
  return {
    severity: power?.severity ?? otherwise,
    roleArn: role.arn,
    evidence: {
      instanceProfile: profile,
      roleArn: role.arn,
      adminEquivalent: power?.adminEquivalent ?? null,
      sensitiveActions: power?.sensitiveActions ?? null,
    },
  };
}

export function optionsEvidence(options: MetadataOptions): Evidence {
  return {
    httpTokens: options.httpTokens ?? null,
    httpEndpoint: options.httpEndpoint ?? null,
    httpPutResponseHopLimit: options.httpPutResponseHopLimit ?? null,
  };
}

/**
 * An instance's IMDS settings as evidence, saying where they come from. EC2 reports them on every
 * instance; when DescribeInstances left them out the rule still fires (EC2 launches with HttpTokens
 * optional unless the AMI or the account default requires IMDSv2) and the evidence says so, with
 * the region's account default when it was read (null when it was not), so the reader can judge.
 */
export function instanceOptionsEvidence(inventory: AccountInventory, region: string, options: MetadataOptions): Evidence {
  const reported = options.httpTokens !== undefined || options.httpEndpoint !== undefined || options.httpPutResponseHopLimit !== undefined;
  if (reported) return { optionsSource: 'instance', ...optionsEvidence(options) };
  const defaults = inventory.ec2.metadataDefaults.find((candidate) => candidate.region === region);
  return {
    optionsSource: 'not reported by DescribeInstances',
    ...optionsEvidence(options),
    assumed: 'IMDSv1 allowed: EC2 launches with HttpTokens optional unless the AMI or the account default requires IMDSv2',
    accountDefault: defaults === undefined ? null : optionsEvidence(defaults),
  };
}
