import { z } from 'zod';
import { accountIdSchema, collectionGapSchema } from '../scan';
import { ec2InventorySchema } from './ec2.schema';
import { ecsInventorySchema } from './ecs.schema';
import { eksInventorySchema } from './eks.schema';
import { iamInventorySchema } from './iam.schema';

/** Everything collected from one account. A gap means what it would have read is not assessed. */
export const accountInventorySchema = z.object({
  accountId: accountIdSchema,
  accountName: z.string().optional(),
  /** The regions scanned. */
  regions: z.array(z.string()),
  iam: iamInventorySchema,
  ecs: ecsInventorySchema,
  ec2: ec2InventorySchema,
  eks: eksInventorySchema,
  gaps: z.array(collectionGapSchema),
});
export type AccountInventory = z.infer<typeof accountInventorySchema>;

/** The accounts that make up "inside the organization" for the rules (names unknown for a bare account list). */
export const organizationContextSchema = z.object({
  organizationId: z.string().optional(),
  accounts: z.array(z.object({ id: accountIdSchema, name: z.string().optional() })),
});
export type OrganizationContext = z.infer<typeof organizationContextSchema>;
