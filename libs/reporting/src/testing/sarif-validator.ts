import type { ValidateFunction } from 'ajv';
import type { Log } from 'sarif';
import schema from '../schemas/sarif-schema-2.1.0.json';

let validator: Promise<ValidateFunction> | undefined;

/** ajv is a development dependency: loaded on first use, so the library runs without it. */
async function loadValidator(): Promise<ValidateFunction> {
  const [{ default: Ajv }, { default: addFormats }] = await Promise.all([import('ajv-draft-04'), import('ajv-formats')]);
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/**
 * Problems with a SARIF log: the official 2.1.0 schema's errors, then GitHub code scanning's extra
 * rules (uri present and scheme-less, line hash, ruleIds in rules[], security-severity). Empty when valid.
 */
export async function sarifProblems(log: unknown): Promise<string[]> {
  validator ??= loadValidator();
  const validateSchema = await validator;
  if (!validateSchema(log)) return (validateSchema.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  return githubProblems(log as unknown as Log);
}

function githubProblems(log: Log): string[] {
  const problems: string[] = [];
  const categories = new Set<string>();
  if (log.runs.length > 20) problems.push(`${log.runs.length} runs in one file (GitHub accepts 20)`);
  for (const [r, run] of log.runs.entries()) {
    const category = run.automationDetails?.id?.replace(/\/[^/]*$/, '');
    if (category === undefined) problems.push(`runs[${r}] has no automationDetails.id`);
    else if (categories.has(category)) problems.push(`runs[${r}] repeats category ${category}`);
    else categories.add(category);
    const rules = run.tool.driver.rules ?? [];
    const ruleIds = new Set(rules.map((rule) => rule.id));
    for (const rule of rules) {
      const severity = Number(rule.properties?.['security-severity']);
      if (typeof rule.properties?.['security-severity'] !== 'string' || !(severity >= 0.1 && severity <= 10)) {
        problems.push(`rule ${rule.id}: security-severity must be a string within 0.1-10.0`);
      }
      if (!rule.shortDescription?.text || !rule.fullDescription?.text || !rule.help?.text) problems.push(`rule ${rule.id}: descriptions and help required`);
    }
    const results = run.results ?? [];
    if (results.length > 25_000) problems.push(`runs[${r}] has ${results.length} results (GitHub accepts 25,000)`);
    for (const [i, result] of results.entries()) {
      const where = `runs[${r}].results[${i}]`;
      if (!result.ruleId || !ruleIds.has(result.ruleId)) problems.push(`${where}: ruleId ${result.ruleId} not in rules[]`);
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
      if (!uri) problems.push(`${where}: no artifactLocation.uri`);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || /\s/.test(uri)) problems.push(`${where}: uri ${uri} has a scheme or spaces`);
      if (!result.partialFingerprints?.primaryLocationLineHash) problems.push(`${where}: no primaryLocationLineHash`);
      if (result.baselineState === 'absent') problems.push(`${where}: absent results must not be sent to GitHub`);
    }
  }
  return problems;
}
