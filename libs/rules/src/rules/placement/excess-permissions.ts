import type { IamRole, Severity } from '@rolecall/model';
import type { RuleContext, RuleHit } from '../../engine/rule';
import type { PolicyDocument } from '../../policy';
import { grantsBeyond, type Tolerated } from './baseline';
import { roleRef } from './role-facts';

/** Beyond this many, evidence lists the first excess actions and the count. */
const LISTED = 20;

export interface ExcessCheck {
  role: IamRole;
  /** What the role is used as, for the message: "container instance role". */
  usage: string;
  baseline: readonly PolicyDocument[];
  baselineNames: readonly string[];
  relatedResources: string[];
  tolerated?: Tolerated;
}

/** One hit when the role grants more than its baseline; none when its permissions are unknown. */
export function excessPermissionsHit({ roles }: RuleContext, check: ExcessCheck, otherwise: Severity): RuleHit[] {
  const analysis = roles.permissions(check.role.arn);
  if (analysis === undefined) return [];
  const excess = grantsBeyond(analysis, check.baseline, check.tolerated);
  if (excess.length === 0) return [];
  const excessSet = new Set(excess);
  const sensitive = analysis.sensitiveActions.map((action) => action.action).filter((action) => excessSet.has(action));
  const severity: Severity = analysis.isAdminEquivalent ? 'critical' : sensitive.length > 0 ? 'high' : otherwise;
  return [
    {
      region: check.role.region,
      resource: roleRef(check.role),
      severity,
      message: `${check.usage} ${check.role.roleName} grants ${excess.length} action(s) beyond ${check.baselineNames.join(' + ')}.`,
      evidence: {
        baseline: [...check.baselineNames],
        excessActionCount: excess.length,
        excessActions: excess.slice(0, LISTED),
        adminEquivalent: analysis.isAdminEquivalent,
        sensitiveActions: sensitive.slice(0, LISTED),
      },
      relatedResources: check.relatedResources,
    },
  ];
}
