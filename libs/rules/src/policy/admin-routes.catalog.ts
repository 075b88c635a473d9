/**
 * Routes to full power in the account other than holding every action: each step is held when one
 * of its actions is granted on every resource of the kind (`*`, `role/*`, `user/*`; `some`: on any resource). The principal
 * the route builds (a new user, a new or rewritten role) carries no permissions boundary of the caller.
 */
export interface AdminRouteDefinition {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly { readonly anyOf: readonly string[]; readonly on: 'role' | 'user' | 'some' }[];
}

const LAUNCH_WITH_ROLE = [
  'ec2:RunInstances',
  'lambda:CreateFunction',
  'ecs:RunTask',
  'cloudformation:CreateStack',
  'codebuild:CreateProject',
  'glue:CreateJob',
];

export const ADMIN_ROUTES: readonly AdminRouteDefinition[] = [
  {
    id: 'create-admin-user',
    title: 'create an IAM user, give it any policy and create its credentials',
    steps: [
      { anyOf: ['iam:CreateUser'], on: 'user' },
      { anyOf: ['iam:PutUserPolicy', 'iam:AttachUserPolicy'], on: 'user' },
      { anyOf: ['iam:CreateAccessKey', 'iam:CreateLoginProfile'], on: 'user' },
    ],
  },
  {
    id: 'create-admin-role',
    title: 'create a role, give it any policy and assume it',
    steps: [
      { anyOf: ['iam:CreateRole'], on: 'role' },
      { anyOf: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'], on: 'role' },
      { anyOf: ['sts:AssumeRole'], on: 'role' },
    ],
  },
  {
    id: 'trust-rewrite',
    title: 'rewrite the trust policy of any role (an administrator role among them) and assume it',
    steps: [
      { anyOf: ['iam:UpdateAssumeRolePolicy'], on: 'role' },
      { anyOf: ['sts:AssumeRole'], on: 'role' },
    ],
  },
  {
    id: 'create-role-and-pass',
    title: 'create a role, give it any policy and pass it to a service that runs code with it',
    steps: [
      { anyOf: ['iam:CreateRole'], on: 'role' },
      { anyOf: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'], on: 'role' },
      { anyOf: ['iam:PassRole'], on: 'role' },
      { anyOf: LAUNCH_WITH_ROLE, on: 'some' },
    ],
  },
];

/**
 * Actions whose absence cannot reduce what a role can reach: changing its own permissions boundary
 * (everything else is already allowed) and switching off the account's audit trail and detectors.
 * A role allowed every other action on every resource is admin-equivalent.
 */
export const SELF_PROTECTION_ACTIONS: readonly string[] = [
  'iam:DeleteRolePermissionsBoundary',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:PutUserPermissionsBoundary',
  'cloudtrail:DeleteTrail',
  'cloudtrail:StopLogging',
  'cloudtrail:UpdateTrail',
  'cloudtrail:PutEventSelectors',
  'config:DeleteConfigurationRecorder',
  'config:DeleteDeliveryChannel',
  'config:StopConfigurationRecorder',
  'guardduty:DeleteDetector',
  'guardduty:UpdateDetector',
  'securityhub:DisableSecurityHub',
];
