import type { z } from 'zod';
import type { accountSchema, regionalSchema } from '../world/world.schema';
import type { roleSchema } from '../world/iam.schema';
import type { instanceSchema, launchTemplateSchema } from '../world/ec2.schema';
import type { autoScalingGroupSchema } from '../world/autoscaling.schema';

/** World pieces as written (defaults may be left out), which keeps generated files small. */
export type AccountInput = z.input<typeof accountSchema>;
export type RegionalInput = z.input<typeof regionalSchema>;
export type RoleInput = z.input<typeof roleSchema>;
export type InstanceInput = z.input<typeof instanceSchema>;
export type LaunchTemplateInput = z.input<typeof launchTemplateSchema>;
export type AutoScalingGroupInput = z.input<typeof autoScalingGroupSchema>;
