import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../registry';
import { renderRulesDoc } from './rules-doc';

/** `npm run docs:rules`: regenerates docs/rules.md from the registry. */
writeFileSync('docs/rules.md', renderRulesDoc(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
