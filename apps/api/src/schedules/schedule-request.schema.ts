import { z } from 'zod';
import { githubUploadTargetSchema, regionListSchema, scanScopeSchema } from '@rolecall/model';
import { text } from '../common/text.schema';

/** 5 fields (minute..weekday) or 6 (with seconds first), as BullMQ's cron parser reads them. */
const cronSchema = text({ max: 200 })
  .pipe(z.string().regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression of 5 fields (or 6 with seconds), e.g. "0 3 * * *"'));

const timezoneSchema = text({ max: 100 }).refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as UTC or Europe/Paris');

export const createScheduleSchema = z
  .object({
    cron: cronSchema,
    timezone: timezoneSchema.default('UTC'),
    scope: scanScopeSchema,
    regions: regionListSchema.optional(),
    /** Upload each run's SARIF to this GitHub integration when the run completes. */
    githubUpload: githubUploadTargetSchema.nullable().optional(),
  })
  .strict();
export type CreateScheduleRequest = z.infer<typeof createScheduleSchema>;

export const updateScheduleSchema = z
  .object({
    cron: cronSchema.optional(),
    timezone: timezoneSchema.optional(),
    scope: scanScopeSchema.optional(),
    regions: regionListSchema.nullable().optional(),
    /** null stops uploading. */
    githubUpload: githubUploadTargetSchema.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change');
export type UpdateScheduleRequest = z.infer<typeof updateScheduleSchema>;

export const scheduleIdSchema = z.string().uuid({ message: 'schedule id must be a UUID' });
