/**
 * Templates for `npm run new`: a commented guide, and a commented setting to add to one.
 * Required text is left empty on purpose, so `npm run check` lists what is still to fill in.
 */

import {
  categoryIds,
  confidenceIds,
  defaultStateIds,
  historyKindIds,
  labelMeaningIds,
  sourceKindIds,
  surfaceIds,
  variesFactorIds,
} from '../schemas/vocabulary.ts';
import { today } from './dates.ts';

const choices = (ids: readonly string[]) => ids.join(' | ');

/** One setting, indented to sit in a guide's `settings:` list. */
export function settingTemplate(id: string, date = today()): string {
  return `  - id: ${id}                      # kebab-case, unique in this guide; the URL anchor. Never change it.
    label: ""                        # the setting's label EXACTLY as the platform shows it
    labelMeans:                      # ${choices(labelMeaningIds)}: does switching it ON share, or protect ("Protect your posts")?
    # labelIs: place                 # only if the label names a page, form or button ("Your Privacy Choices"), not the switch
    # title: ""                      # optional short heading, if the label is long
    category:                        # ${choices(categoryIds)}
    aliases: []                      # other words readers search for, e.g. [Twitter, Grok]
    summary: ""                      # what it does, one or two sentences in your own words
    data: ""                         # what data it covers
    recipients: ""                   # who receives or uses the data
    default:                         # the state of the SHARING, not of the switch: ${choices(defaultStateIds)}
    # variesBy:                      # required when default is varies
    #   factors: []                  # ${choices(variesFactorIds)}
    #   note: ""                     # how it differs, e.g. "Accounts of under-16s start private"
    # defaultSince: "YYYY-MM-DD"     # when the current default took effect (must match a default-changed history entry)
    regions: []                      # e.g. [{ regions: [EU, EEA, UK, CH], default: off, since: "2024-08-08" }]
    # quote:                         # the platform's own words, copied exactly (strongly recommended)
    #   text: ""
    #   source: { url: "https://…", kind: platform, title: "", publisher: "", published: "YYYY-MM-DD", read: "${date}" }
    #   # or, only if you could read the words only in a report: via: { url: "https://…", kind: press, … }
    optOut:                          # required wherever the default is on or varies
      - surface: web                 # ${choices(surfaceIds)}
        steps: []                    # the menu path, each item as the platform labels it
        # link: "https://…"          # a direct link to the setting, only if a source documents one
    effect: ""                       # what switching off does and does NOT undo
    sources:                         # the pages that back the default, label and steps
      # kind: ${choices(sourceKindIds)}
      # archived: "https://web.archive.org/…" (only a copy that exists; see CONTRIBUTING.md)
      - { url: "", kind: platform, title: "", read: "${date}" }
    verified: "${date}"              # the date you checked this setting
    confidence:                      # ${choices(confidenceIds)} (high needs a platform, regulator, court or archive source; medium/low need confidenceNote)
    # confidenceNote: ""
    history: []                      # dated changes: [{ date: "YYYY-MM-DD", kind: ${historyKindIds[0]}, from: off, to: on, change: "", sources: [{ url: "", kind: platform, title: "", read: "${date}" }] }]
`;
}

export function guideTemplate(name: string, date = today()): string {
  return `---
# yaml-language-server: $schema=../../../../schemas/guide.schema.json
# Opt-Out Atlas guide. Field reference: /contribute/fields/ · research rules: CONTRIBUTING.md
# Run \`npm run check\` until it passes; it names every field still to fill in.
title: ${JSON.stringify(name)}
description: ""                      # one sentence about what this guide covers
kind: platform
platform:
  name: ${JSON.stringify(name)}
  company: ""                        # the operating company
  website: ""                        # https:// home page
  privacyPolicy: ""                  # https:// privacy policy
  aliases: []                        # other names readers use
lastVerified: "${date}"
settings:
${settingTemplate('first-setting', date)}incidents: []                        # dated fines, admitted misuse…: [{ id, date, title, summary, sources }]
sharedSettings: []                   # settings owned by another guide, e.g. ["meta#activity-from-other-businesses"]
---

Write two to five short paragraphs in your own words: what ${name} is, which kinds of sharing matter
here, and anything readers should know. Plain Markdown only: the settings are rendered from the data above.
`;
}

/**
 * Adds a setting to a guide's source text, at the end of its `settings:` list, keeping everything
 * else (comments included) as it is.
 */
export function insertSetting(source: string, id: string, date = today()): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^settings:\s*(#.*)?$/.test(line));
  if (start === -1) throw new Error('The guide has no `settings:` list.');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  let end = lines.findIndex((line, i) => i > start && (i === close || /^[A-Za-z]/.test(line)));
  if (end === -1) end = close;
  if (new RegExp(`^\\s*- id: ${id}\\s*(#.*)?$`, 'm').test(lines.slice(start, end).join('\n'))) {
    throw new Error(`The guide already has a setting "${id}".`);
  }
  lines.splice(end, 0, ...settingTemplate(id, date).trimEnd().split('\n'));
  return lines.join('\n');
}
