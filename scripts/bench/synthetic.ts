/** A synthetic but realistic guide: eight settings with quotes, steps, sources and history. */
import { categoryIds, defaultStateIds } from '../../src/schemas/vocabulary.ts';

const WORDS = (
  'platform shares activity data partners advertising profile posts messages location contacts ' +
  'training models personalised recommendations measurement analytics region default setting account ' +
  'privacy policy opt out visibility search engines recordings voice history retention affiliates'
).split(' ');

/** Deterministic pseudo-random text, so every run builds the same corpus. */
function sentence(seed: number, length = 14): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

const source = (n: number, kind = 'platform') =>
  `{ url: "https://example.org/source/${n}", kind: ${kind}, title: "Source ${n}", publisher: "Example Inc.", published: "2024-0${(n % 9) + 1}-1${n % 9}", read: "2025-06-01" }`;

/** Every default state, with what the model asks of each (variesBy for varies). */
const STATES = defaultStateIds;

export function syntheticGuide(n: number): string {
  const settings = Array.from({ length: 8 }, (_, i) => {
    const seed = n * 8 + i;
    const state = STATES[seed % STATES.length];
    const needsSteps = state === 'on' || state === 'varies' || state === 'unknown';
    return `  - id: setting-${i + 1}
    label: "${sentence(seed, 6).slice(0, -1)}"
    labelMeans: shares
    category: ${categoryIds[seed % categoryIds.length]}
    aliases: [alias-${seed}]
    summary: "${sentence(seed + 1, 24)}"
    data: "${sentence(seed + 2)}"
    recipients: "${sentence(seed + 3, 6)}"
    default: ${state}
${state === 'varies' ? `    variesBy: { factors: [plan], note: "${sentence(seed + 8, 10)}" }\n` : ''}    regions:
      - regions: [EU, EEA, UK, CH]
        default: off
    quote:
      text: "${sentence(seed + 4, 30)}"
      source: ${source(seed)}
${
  needsSteps
    ? `    optOut:
      - surface: web
        steps: [Settings, Privacy, "${sentence(seed + 5, 4).slice(0, -1)}"]
      - surface: ios
        steps: [Profile, Settings, Privacy]
`
    : ''
}    effect: "${sentence(seed + 6, 20)}"
    sources: [${source(seed + 1)}]
    verified: "2025-06-01"
    confidence: high
    history:
      - date: "2024-0${(seed % 9) + 1}-01"
        kind: policy-changed
        change: "${sentence(seed + 7, 18)}"
        sources: [${source(seed + 2, 'press')}]`;
  }).join('\n');
  return `---
title: Platform ${n}
description: "${sentence(n, 12)}"
kind: platform
platform:
  name: Platform ${n}
  company: Company ${n}
  website: https://platform-${n}.example.org/
  privacyPolicy: https://platform-${n}.example.org/privacy
lastVerified: "2025-06-01"
settings:
${settings}
incidents:
  - id: fine-${n}
    date: "2023-05-0${(n % 9) + 1}"
    title: "Regulator fine ${n}"
    summary: "${sentence(n + 9, 30)}"
    sources: [${source(n + 3, 'regulator')}]
---

${sentence(n + 10, 40)}

${sentence(n + 11, 50)}
`;
}

/** The same text as plain Markdown, for the plain Starlight baseline. */
export function plainPage(n: number): string {
  const body = Array.from({ length: 8 }, (_, i) => {
    const seed = n * 8 + i;
    return `## ${sentence(seed, 6).slice(0, -1)}

${sentence(seed + 1, 24)} ${sentence(seed + 2)} ${sentence(seed + 3, 6)}

> ${sentence(seed + 4, 30)}

1. Settings
2. Privacy
3. ${sentence(seed + 5, 4).slice(0, -1)}

${sentence(seed + 6, 20)} ${sentence(seed + 7, 18)}`;
  }).join('\n\n');
  return `---
title: Platform ${n}
description: "${sentence(n, 12)}"
---

${sentence(n + 10, 40)}

${sentence(n + 11, 50)}

${body}
`;
}

/** A guide's translation (prose only, unstamped: the bench stamps it against its English). */
export function syntheticTranslation(n: number, lang: string): string {
  const settings = Array.from({ length: 8 }, (_, i) => {
    const seed = n * 8 + i + lang.length * 7;
    return `  setting-${i + 1}:
    title: "${lang} ${sentence(seed, 5).slice(0, -1)}"
    summary: "${lang} ${sentence(seed + 1, 24)}"
    data: "${lang} ${sentence(seed + 2, 12)}"
    recipients: "${lang} ${sentence(seed + 3, 10)}"
    effect: "${lang} ${sentence(seed + 4, 16)}"`;
  }).join('\n');
  return `---
kind: translation
title: Platform ${n}
description: "${lang} ${sentence(n, 12)}"
settings:
${settings}
---

${lang} ${sentence(n + 10, 40)}
`;
}

/** The same translated text as a plain Markdown page, for the baseline. */
export function plainTranslation(n: number, lang: string): string {
  return `---
title: Platform ${n}
description: "${lang} ${sentence(n, 12)}"
---

${lang} ${sentence(n + 10, 40)}

${Array.from({ length: 8 }, (_, i) => `## ${lang} ${sentence(n * 8 + i, 5).slice(0, -1)}\n\n${lang} ${sentence(n * 8 + i + 1, 24)}`).join('\n\n')}
`;
}
