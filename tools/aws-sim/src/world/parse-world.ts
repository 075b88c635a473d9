import { readFileSync } from 'node:fs';
import { checkWorldReferences } from './world-references';
import { formatPath, WorldValidationError } from './world-error';
import { type ValidWorld, type World, worldSchema } from './world.schema';

const validated = new WeakSet<object>();

/** Validates a world (schema and references) and fills in defaults. Throws WorldValidationError naming the bad field. */
export function parseWorld(value: unknown): ValidWorld {
  if (typeof value === 'object' && value !== null && validated.has(value)) return value as ValidWorld;
  const result = worldSchema.safeParse(value);
  if (!result.success) {
    throw new WorldValidationError(result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  }
  const issues = checkWorldReferences(result.data);
  if (issues.length > 0) throw new WorldValidationError(issues);
  validated.add(result.data);
  return result.data;
}

/** Reads and validates a world file. */
export function loadWorld(path: string): World {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new WorldValidationError([`${path}: ${(error as Error).message}`]);
  }
  try {
    return parseWorld(json);
  } catch (error) {
    if (error instanceof WorldValidationError) throw new WorldValidationError(error.issues.map((issue) => `${path}: ${issue}`));
    throw error;
  }
}
