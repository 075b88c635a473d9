import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import schema from '../schemas/sarif-schema-2.1.0.json';

const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/** Problems with a SARIF log: official 2.1.0 schema errors, then GitHub code scanning's extra rules. Empty when valid. */
export function sarifProblems(log: unknown): string[] {
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
