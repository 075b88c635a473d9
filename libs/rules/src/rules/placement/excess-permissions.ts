import type { IamRole, Severity } from '@rolecall/model';
import type { RuleContext, RuleHit } from '../../engine/rule';
import type { PolicyDocument } from '../../policy';
import { grantsBeyond, type Tolerated } from './baseline';
import { roleRef, rolePower } from './role-facts';

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
  const power = rolePower(roles, check.role.arn, otherwise);
  if (analysis === undefined || power === undefined) return [];
  const excess = grantsBeyond(analysis, check.baseline, check.tolerated);
  if (excess.count === 0) return [];
  return [
    {
      region: check.role.region,
      resource: roleRef(check.role),
      severity: power.severity,
      message: `${check.usage} ${check.role.roleName} grants ${excess.count} action(s) beyond ${check.baselineNames.join(' + ')}.`,
      evidence: {
        baseline: [...check.baselineNames],
        excessActionCount: excess.count,
        excessActions: excess.actions,
        adminEquivalent: power.adminEquivalent,
        sensitiveActions: power.sensitiveActions,
      },
      relatedResources: check.relatedResources,
    },
  ];
}
