import type { Rule } from '../engine/rule';

/** docs/rules.md, generated from the rules' metadata so the two never disagree. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# Rule catalog',
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `${rules.length} rules.`,
    '',
    '| id | severity | resource | title |',
    '| --- | --- | --- | --- |',
    ...rules.map(({ metadata: m }) => `| [${m.id}](#${anchor(m.id)}) | ${m.severity} | ${m.resourceType} | ${m.title} |`),
    '',
  ];
  for (const { metadata: m } of rules) {
    lines.push(
      `## ${m.id}`,
      '',
      `**${m.title}** — severity ${m.severity}, resource ${m.resourceType}, reads ${m.inputs.join(', ')}.`,
      '',
      m.description,
      '',
      `**Risk.** ${m.risk}`,
      '',
      `**Remediation.** ${m.remediation}`,
      '',
    );
    if (m.compliance.length > 0) lines.push(`**Compliance.** ${m.compliance.join(', ')}`, '');
    lines.push('**References.**', '', ...m.references.map((url) => `- ${url}`), '');
  }
  return lines.join('\n');
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}
