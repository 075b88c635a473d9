import { createActionCatalog, type AccessLevel, type ActionCatalog } from './action-catalog.model';
import { parsePolicyDocument } from './policy-document.parser';
import type { NamedPolicy } from './policy-document.types';

/** Shared by the specs: a small catalog, and policies built from plain statement objects. */

const ACTIONS: Record<AccessLevel, string[]> = {
  List: ['iam:ListRoles', 's3:ListBucket', 'ec2:DescribeInstances', 'organizations:ListAccounts'],
  Read: ['iam:GetRole', 's3:GetObject', 'ecs:DescribeTasks', 'sts:GetCallerIdentity', 'secretsmanager:GetSecretValue', 'dynamodb:Scan'],
  Write: [
    'iam:PassRole', 'iam:CreateAccessKey', 's3:PutObject', 's3:DeleteBucket', 'ec2:RunInstances', 'ec2:TerminateInstances',
    'ecs:RunTask', 'ecs:RegisterTaskDefinition', 'sts:AssumeRole', 'kms:Decrypt', 'dynamodb:PutItem',
  ],
  'Permissions management': [
    'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:CreatePolicyVersion', 'iam:UpdateAssumeRolePolicy',
    'iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary', 's3:PutBucketPolicy',
  ],
  Tagging: ['iam:TagRole', 'sts:TagSession'],
};

export const smallCatalog: ActionCatalog = createActionCatalog(
  Object.entries(ACTIONS).flatMap(([level, actions]) => actions.map((action) => ({ action, accessLevel: level as AccessLevel }))),
);

export function policy(name: string, ...statements: object[]): NamedPolicy {
  return { name, document: parsePolicyDocument({ Version: '2012-10-17', Statement: statements }) };
}

export function trust(...statements: object[]) {
  return parsePolicyDocument({ Version: '2012-10-17', Statement: statements });
}
