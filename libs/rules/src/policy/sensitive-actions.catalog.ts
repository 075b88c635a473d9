/** Curated sensitive actions. A spec checks that every name exists in the real IAM catalog. */

export const SENSITIVE_CLASSES = [
  'privilege-escalation',
  'permissions-management',
  'credential-access',
  'data-exfiltration',
  'infrastructure-modification',
] as const;
export type SensitiveClass = (typeof SENSITIVE_CLASSES)[number];

/** Escalate on their own: rewrite IAM, mint credentials, or take over compute that runs as another role. */
export const PRIVILEGE_ESCALATION_ACTIONS: readonly string[] = [
  'iam:PassRole',
  'iam:PutRolePolicy', 'iam:PutUserPolicy', 'iam:PutGroupPolicy',
  'iam:AttachRolePolicy', 'iam:AttachUserPolicy', 'iam:AttachGroupPolicy',
  'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:UpdateAssumeRolePolicy',
  'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile', 'iam:AddUserToGroup',
  'iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary',
  'iam:PutRolePermissionsBoundary', 'iam:PutUserPermissionsBoundary',
  'eks:CreateAccessEntry', 'eks:UpdateAccessEntry', 'eks:AssociateAccessPolicy',
  'eks:CreatePodIdentityAssociation', 'eks:UpdatePodIdentityAssociation',
  'lambda:UpdateFunctionCode', 'ssm:SendCommand', 'ssm:StartSession', 'ecs:ExecuteCommand',
];

/** Escalate only together with iam:PassRole: they start compute that runs as a passed role. */
export const PASS_ROLE_COMPANION_ACTIONS: readonly string[] = [
  'ec2:RunInstances', 'ec2:AssociateIamInstanceProfile', 'ec2:ReplaceIamInstanceProfileAssociation',
  'ecs:RunTask', 'ecs:StartTask', 'ecs:RegisterTaskDefinition', 'ecs:CreateService', 'ecs:UpdateService',
  'lambda:CreateFunction', 'lambda:UpdateFunctionConfiguration',
  'cloudformation:CreateStack', 'cloudformation:UpdateStack',
  'glue:CreateDevEndpoint', 'glue:CreateJob', 'codebuild:CreateProject',
  'sagemaker:CreateNotebookInstance', 'sagemaker:CreateTrainingJob', 'sagemaker:CreateProcessingJob',
];

/** Escalate only on any role (`*`, or every role of an account): sts:AssumeRole on `*`. */
export const ANY_ROLE_ACTIONS: readonly string[] = ['sts:AssumeRole'];

export const CREDENTIAL_ACCESS_ACTIONS: readonly string[] = [
  'secretsmanager:GetSecretValue', 'secretsmanager:BatchGetSecretValue',
  'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'ssm:GetParameterHistory',
  'kms:Decrypt', 'ecr:GetAuthorizationToken', 'iam:CreateAccessKey',
  'sts:GetFederationToken', 'sts:GetSessionToken', 'ec2:GetPasswordData',
  'redshift:GetClusterCredentials', 'cognito-identity:GetCredentialsForIdentity',
];

export const DATA_EXFILTRATION_ACTIONS: readonly string[] = [
  's3:GetObject', 's3:GetObjectVersion',
  'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:ExportTableToPointInTime',
  'rds:ModifyDBSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute',
  'ec2:ModifySnapshotAttribute', 'ec2:ModifyImageAttribute', 'ebs:GetSnapshotBlock',
  'sqs:ReceiveMessage', 'kinesis:GetRecords', 'logs:GetLogEvents', 'logs:FilterLogEvents', 'athena:GetQueryResults',
];

/**
 * Control-plane services whose Write actions change infrastructure. Data-plane-heavy services (s3,
 * dynamodb, sqs, sns, logs) are left out: their Write actions are mostly an application's normal work.
 */
export const INFRASTRUCTURE_SERVICES: readonly string[] = [
  'apigateway', 'autoscaling', 'batch', 'cloudformation', 'cloudfront', 'cloudtrail', 'config', 'ec2', 'ecr',
  'ecs', 'eks', 'elasticfilesystem', 'elasticloadbalancing', 'kms', 'lambda', 'organizations', 'rds',
  'route53', 'secretsmanager', 'ssm',
];
