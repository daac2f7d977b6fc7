/**
 * The state of every translation, and the step that records what a translation was made from.
 *
 * Usage: npm run translations [-- stamp <locale>/<guide>…]
 *   (no command)             list every guide × language: up to date, outdated fields, fields not
 *                            translated, missing; then name each of those fields
 *   stamp <locale>/<guide>   record in the translation, for each field it translates, the hash of
 *                            the current English text (run it once the translation matches the English)
 *   --help                   show this help
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { LOCALES } from '../src/site.ts';
import { drift, englishSettingFields, textHash, translatedSettingFields } from '../src/lib/i18n/drift.ts';
import { CONTENT_ROOT, checkOptions, readContentFiles } from '../src/lib/check/read-files.ts';
import { validateContent } from '../src/lib/check/validate.ts';
import { printUsage } from './usage.ts';

const { values, positionals } = parseArgs({ options: { help: { type: 'boolean' } }, allowPositionals: true });
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

const { guides, translations, diagnostics } = validateContent(readContentFiles(CONTENT_ROOT), checkOptions());
const byGuide = new Map(guides.map((g) => [g.id, g]));

if (positionals[0] === 'stamp') {
  const targets = positionals.slice(1);
  if (!targets.length) {
    console.error('Name the translations to stamp, e.g. `npm run translations -- stamp de/x`.');
    process.exit(2);
  }
  for (const target of targets) {
    const [locale, guideId] = target
      .replace(/\.mdx?$/, '')
      .replace(/^.*?([a-z]{2})\/platforms\//, '$1/')
      .split('/');
    const translation = translations.find((t) => t.locale === locale && t.guideId === guideId);
    const guide = byGuide.get(guideId);
    if (!translation || !guide) {
      const errors = diagnostics.filter(
        (d) => d.severity !== 'warning' && d.file.includes(`${locale}/platforms/${guideId}.`),
      );
      console.error(
        `${target}: no valid translation of an existing guide${errors.length ? ` (${errors.length} error(s): run \`npm run check\`)` : ''}.`,
      );
      process.exitCode = 1;
      continue;
    }
    const source = readFileSync(translation.file, 'utf8');
    const [, yamlText, body] = /^---\r?\n([^]*?)\r?\n---\r?\n?([^]*)$/.exec(source)!;
    const doc = parseDocument(yamlText);
    const english = { title: guide.data.title, description: guide.data.description, body: guide.parsed.body };
    let stamped = 0;
    for (const key of ['title', 'description', 'body'] as const) {
      const present = key === 'body' ? body.trim() !== '' : translation.data[key] !== undefined;
      if (present) doc.setIn(['from', key], textHash(english[key]));
      stamped += Number(present);
    }
    for (const [id, translated] of Object.entries(translation.data.settings)) {
      const fields = englishSettingFields(guide.data.settings.find((s) => s.id === id)!);
      for (const field of Object.keys(translatedSettingFields(translated))) {
        doc.setIn(['settings', id, 'from', field], textHash(fields[field]));
        stamped += 1;
      }
    }
    writeFileSync(translation.file, `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
    console.log(`${target}: recorded the English of ${stamped} fields.`);
  }
} else {
  let outdatedTotal = 0;
  const outdatedFields: string[] = [];
  const untranslatedFields: string[] = [];
  for (const guide of guides.filter((g) => translations.some((t) => t.guideId === g.id))) {
    const cells = Object.keys(LOCALES).map((locale) => {
      const t = translations.find((tr) => tr.guideId === guide.id && tr.locale === locale);
      if (!t) return `${locale}: missing`;
      const report = drift({ ...guide.data, body: guide.parsed.body }, t.data, t.parsed.body);
      outdatedTotal += report.outdated.length;
      outdatedFields.push(...report.outdated.map((o) => `  ${locale}/${guide.id}: ${o.field}`));
      untranslatedFields.push(...report.untranslated.map((o) => `  ${locale}/${guide.id}: ${o.field}`));
      const state = report.outdated.length ? `${report.outdated.length} outdated field(s)` : 'up to date';
      return `${locale}: ${state}${report.untranslated.length ? `, ${report.untranslated.length} not translated` : ''}`;
    });
    console.log(`${guide.id.padEnd(24)} ${cells.join('  ')}`);
  }
  const untranslated = guides.length - new Set(translations.map((t) => t.guideId)).size;
  console.log(
    `\n${translations.length} translations of ${guides.length} guides; ${untranslated} guides are shown in English in every language; ${outdatedTotal} outdated fields; ${untranslatedFields.length} fields not translated.`,
  );
  if (outdatedFields.length)
    console.log(`\nOutdated fields (translate each again, then stamp):\n${outdatedFields.join('\n')}`);
  if (untranslatedFields.length)
    console.log(
      `\nFields not translated, shown in English (translate each, then stamp):\n${untranslatedFields.join('\n')}`,
    );
}
