import { z } from 'zod';
import { SEVERITIES } from '@rolecall/model';
import { findingsQuerySchema } from '../scans/scan-request.schema';
import { FINDING_STATES } from './finding.response';

/**
 * How the findings filters are documented: severity and state take several comma-separated values
 * (`?severity=high,critical`), which the validation on another branch is being changed to accept.
 * Once findingsQuerySchema itself reads them as arrays, this goes and the contract documents that schema.
 */
export const findingsQueryDocument = findingsQuerySchema.extend({
  severity: z.array(z.enum(SEVERITIES)).optional().meta({ description: 'One or more severities, comma-separated: high,critical' }),
  state: z.array(z.enum(FINDING_STATES)).optional().meta({ description: 'One or more states, comma-separated: new,unchanged' }),
});
