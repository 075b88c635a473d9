/** The member audit role of a test world: read-only, assumable by the scanner with the demo ExternalId. */
export function auditRoleFor(scannerArn: string) {
  return {
    RoleName: 'RolecallAudit',
    CreateDate: '2025-01-01T00:00:00Z',
    AssumeRolePolicyDocument: {
      Version: '2012-10-17' as const,
      Statement: [
        {
          Effect: 'Allow' as const,
          Principal: { AWS: scannerArn },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'rolecall-demo' } },
        },
      ],
    },
    AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
  };
}
