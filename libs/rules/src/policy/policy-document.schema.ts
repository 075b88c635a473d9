import { z } from 'zod';

/** The raw JSON grammar of an IAM policy document, as IAM stores it (after URL-decoding). */

const stringList = z.union([z.string(), z.array(z.string())], {
  error: 'must be a string or an array of strings',
});

const conditionScalar = z.union([z.string(), z.number(), z.boolean()]);
const conditionValues = z.union([conditionScalar, z.array(conditionScalar)], {
  error: 'must be a string, number, boolean or an array of them',
});

const rawConditionSchema = z.record(
  z.string(),
  z.record(z.string(), conditionValues, { error: 'must map condition keys to values' }),
  { error: 'must map operators to key/value objects' },
);

const rawPrincipalSchema = z.union(
  [
    z.literal('*'),
    z
      .object({
        AWS: stringList.optional(),
        Service: stringList.optional(),
        Federated: stringList.optional(),
        CanonicalUser: stringList.optional(),
      })
      .strict(),
  ],
  { error: 'must be "*" or an object of AWS, Service, Federated or CanonicalUser' },
);

const rawStatementSchema = z
  .object({
    Sid: z.string().optional(),
    Effect: z.enum(['Allow', 'Deny'], { error: 'must be "Allow" or "Deny"' }),
    Action: stringList.optional(),
    NotAction: stringList.optional(),
    Resource: stringList.optional(),
    NotResource: stringList.optional(),
    Principal: rawPrincipalSchema.optional(),
    NotPrincipal: rawPrincipalSchema.optional(),
    Condition: rawConditionSchema.optional(),
  }, { error: 'must be an object' })
  .refine((s) => (s.Action === undefined) !== (s.NotAction === undefined), {
    message: 'needs exactly one of Action or NotAction',
  })
  .refine((s) => s.Resource === undefined || s.NotResource === undefined, {
    message: 'cannot have both Resource and NotResource',
  })
  .refine((s) => s.Principal === undefined || s.NotPrincipal === undefined, {
    message: 'cannot have both Principal and NotPrincipal',
  });

export const rawPolicyDocumentSchema = z.object(
  {
    Version: z.string().optional(),
    Id: z.string().optional(),
    /** One statement object or a list of them; read as a list (a lone object's path is `Statement[0]`). */
    Statement: z.preprocess(
      (value) => (Array.isArray(value) || value === undefined ? value : [value]),
      z.array(rawStatementSchema, { error: 'must be a statement object or a list of them' }),
    ),
  },
  { error: 'must be a JSON object' },
);

export type RawStatement = z.infer<typeof rawStatementSchema>;
export type RawPrincipal = z.infer<typeof rawPrincipalSchema>;
export type RawCondition = z.infer<typeof rawConditionSchema>;
