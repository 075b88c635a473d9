import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { createScheduleSchema, scheduleIdSchema, updateScheduleSchema } from './schedule-request.schema';
import { scheduleListSchema, scheduleRunListSchema, scheduleSchema } from './schedule.response';

const params = { id: scheduleIdSchema };
const tag = 'schedules';

export const scheduleRoutes = {
  create: route({
    operationId: 'createSchedule',
    tag,
    summary: 'Scan a scope on a cron schedule; a firing while a scan of the scope is active is skipped and recorded',
    scope: 'scans:write',
    body: createScheduleSchema,
    bodyExample: { cron: '0 3 * * *', timezone: 'Europe/Paris', scope: { organization: true } },
    success: { description: 'The schedule; Location names it', content: [json(scheduleSchema, 'Schedule')], headers: { Location: 'The schedule: /v1/schedules/{id}' } },
    errors: [503],
  }),
  list: route({
    operationId: 'listSchedules',
    tag,
    summary: 'List schedules',
    scope: 'findings:read',
    success: { description: 'Every schedule', content: [json(scheduleListSchema, 'ScheduleList')] },
  }),
  get: route({
    operationId: 'getSchedule',
    tag,
    summary: 'A schedule',
    scope: 'findings:read',
    params,
    success: { description: 'The schedule', content: [json(scheduleSchema, 'Schedule')] },
    errors: [404],
  }),
  runs: route({
    operationId: 'listScheduleRuns',
    tag,
    summary: "A schedule's firings, newest first: the scan each started, or why it was skipped",
    scope: 'findings:read',
    params,
    success: { description: 'Every firing', content: [json(scheduleRunListSchema, 'ScheduleRunList')] },
    errors: [404],
  }),
  update: route({
    operationId: 'updateSchedule',
    tag,
    summary: 'Change a schedule (cron, timezone, scope, regions, githubUpload)',
    scope: 'scans:write',
    params,
    body: updateScheduleSchema,
    bodyExample: { cron: '0 4 * * 1' },
    success: { description: 'The schedule, changed', content: [json(scheduleSchema, 'Schedule')] },
    errors: [404, 503],
  }),
  remove: route({
    operationId: 'deleteSchedule',
    tag,
    summary: 'Delete a schedule and stop its firings',
    scope: 'scans:write',
    params,
    errors: [404, 503],
  }),
};
