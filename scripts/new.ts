/**
 * Scaffolds a platform guide, or adds a setting to an existing one, with a commented template.
 *
 * Usage: npm run new [-- --platform NAME --id ID] [--setting SETTING-ID] [--dry-run]
 *   --platform NAME   the platform's name, e.g. "Mastodon" (new guide)
 *   --id ID           the guide ID and file name, e.g. "mastodon" (default: from the name)
 *   --setting ID      add a setting with this ID to the existing guide --id
 *   --dry-run         print what would be written, write nothing
 *   --dir DIR         the guides directory (default: src/content/docs/platforms)
 *   --help            show this help
 * Without flags, it asks. Then fill in the file and run `npm run check` until it passes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CONTENT_ROOT } from '../src/lib/check/read-files.ts';
import { guideTemplate, insertSetting } from '../src/lib/scaffold.ts';
import { ID_PATTERN } from '../src/schemas/primitives.ts';
import { printUsage } from './usage.ts';

const GUIDES_DIR = `${CONTENT_ROOT}/platforms`;

const { values } = parseArgs({
  options: {
    platform: { type: 'string' },
    id: { type: 'string' },
    setting: { type: 'string' },
    'dry-run': { type: 'boolean' },
    dir: { type: 'string', default: GUIDES_DIR },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

const fail = (message: string) => {
  console.error(`✖ ${message}`);
  process.exit(1);
};
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail(`Missing option for: ${question} (run with --help)`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`${question} `)).trim();
  rl.close();
  return answer;
}

function write(file: string, text: string, message: string) {
  if (values['dry-run']) {
    console.log(`--- ${file} (dry run, nothing written) ---\n${text}`);
    return;
  }
  writeFileSync(file, text);
  console.log(`✔ ${message}\n  Next: fill in ${file}, then run \`npm run check\` until it passes.`);
}

if (values.setting !== undefined) {
  const id = values.id ?? (await ask('Which guide (ID, e.g. "x")?'));
  const file = join(values.dir!, `${id}.mdx`);
  if (!existsSync(file)) fail(`There is no guide ${file}. Create it first with --platform.`);
  if (!ID_PATTERN.test(values.setting))
    fail(`"${values.setting}" is not a valid setting ID: use lowercase letters, digits and hyphens.`);
  try {
    write(
      file,
      insertSetting(readFileSync(file, 'utf8'), values.setting),
      `Added setting "${values.setting}" to ${file}.`,
    );
  } catch (error) {
    fail((error as Error).message);
  }
} else {
  const name = values.platform ?? (await ask('Platform name (e.g. "Mastodon")?'));
  if (!name) fail('A platform name is needed.');
  const id = values.id ?? slug(name);
  if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid guide ID: use lowercase letters, digits and hyphens (--id).`);
  const file = join(values.dir!, `${id}.mdx`);
  if (existsSync(file))
    fail(`${file} already exists. To add a setting: npm run new -- --id ${id} --setting SETTING-ID`);
  write(file, guideTemplate(name), `Created ${file}.`);
}
