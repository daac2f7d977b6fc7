/**
 * Writes schemas/guide.schema.json, the JSON Schema editors use to validate and complete guide
 * frontmatter (the template points at it with a yaml-language-server comment).
 *
 * Usage: npm run schema [-- --check]
 *   --check  exit 1 if the committed file is out of date instead of writing it
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { guideJsonSchema } from '../src/lib/json-schema.ts';
import { printUsage } from './usage.ts';

const FILE = 'schemas/guide.schema.json';
const { values } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean' } } });
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const json = `${JSON.stringify(guideJsonSchema(), null, 2)}\n`;
if (values.check) {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== json) {
    console.error(`${FILE} is out of date with src/schemas. Fix: run \`npm run schema\` and commit the result.`);
    process.exitCode = 1;
  } else console.log(`${FILE} is up to date.`);
} else {
  mkdirSync('schemas', { recursive: true });
  writeFileSync(FILE, json);
  console.log(`Wrote ${FILE}.`);
}
