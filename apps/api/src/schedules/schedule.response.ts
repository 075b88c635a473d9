import { z } from 'zod';
import { githubUploadTargetSchema, scanScopeSchema } from '@rolecall/model';
import { listOf } from '../contract/page.schema';

export const scheduleSchema = z.object({
  id: z.string().uuid(),
  cron: z.string(),
  timezone: z.string(),
  scope: scanScopeSchema,
  regions: z.array(z.string()).nullable(),
  githubUpload: githubUploadTargetSchema.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScheduleResponse = z.infer<typeof scheduleSchema>;

export const scheduleRunSchema = z.object({
  dueAt: z.string(),
  outcome: z.enum(['started', 'skipped']),
  scanId: z.string().uuid().nullable(),
  reason: z.string().nullable().meta({ description: 'Why the firing was skipped' }),
  recordedAt: z.string(),
});
export type ScheduleRunResponse = z.infer<typeof scheduleRunSchema>;

export const scheduleListSchema = listOf(scheduleSchema);
export const scheduleRunListSchema = listOf(scheduleRunSchema);
