/**
 * Rules that span several fields of one setting. Each rule has a name, says what it protects
 * against, and reports issues with a path and a fix; `settingRules` runs them all.
 */
import type { z } from 'astro/zod';
import { addressKind } from './primitives.ts';
import type { Setting } from './setting.ts';
import { defaultStateIds, officialSourceKinds, quoteSourceKinds, type DefaultState } from './vocabulary.ts';

type Issue = { path: (string | number)[]; message: string };
interface SettingRule {
  name: string;
  description: string;
  check(setting: Setting): Issue[];
}

const states = (setting: Setting): DefaultState[] => [setting.default, ...setting.regions.map((r) => r.default)];
const official = officialSourceKinds as readonly string[];
const quotable = quoteSourceKinds as readonly string[];
/** Where each kind of settings address opens, and how a contributor is told to move one that is elsewhere. */
const ADDRESS_PLACES: Record<ReturnType<typeof addressKind>, { surfaces: string[]; works: string; fix: string }> = {
  browser: {
    surfaces: ['desktop', 'android', 'ios'],
    works: 'a browser settings address works only in a browser',
    fix: 'move it to the surface of the browser',
  },
  windows: {
    surfaces: ['device'],
    works: 'a Windows Settings address opens only on the Windows device',
    fix: 'move it to the device surface',
  },
};

export const rules: SettingRule[] = [
  {
    name: 'steps-where-shared',
    description: 'Readers need a way out wherever sharing is on for someone.',
    check: (s) =>
      s.optOut.length === 0 && states(s).some((d) => d === 'on' || d === 'varies')
        ? [
            {
              path: ['optOut'],
              message:
                'No way to switch this setting off is given, but it is on (or varies) somewhere. Fix: add optOut with a surface and steps, or set default: no-opt-out if none exists.',
            },
          ]
        : [],
  },
  {
    name: 'address-where-it-opens',
    description:
      "A browser's settings address works only in that browser on a computer or phone, and a Windows Settings address only on the Windows device: neither on a web page.",
    check: (s) =>
      s.optOut.flatMap((o, i) => {
        if (!o.address) return [];
        const place = ADDRESS_PLACES[addressKind(o.address)];
        if (place.surfaces.includes(o.surface)) return [];
        return [
          {
            path: ['optOut', i, 'address'],
            message: `address is given for the surface ${o.surface}, but ${place.works} (surface ${place.surfaces.join(', ')}). Fix: ${place.fix}, or use link for an https page.`,
          },
        ];
      }),
  },
  {
    name: 'varies-needs-variesBy',
    description: '"Varies" must say on what, so it is never a stand-in for "unknown".',
    check: (s) => {
      const issues: Issue[] = [];
      const levels = [
        { at: [] as (string | number)[], entry: s },
        ...s.regions.map((entry, i) => ({ at: ['regions', i], entry })),
      ];
      for (const { at, entry } of levels) {
        if (entry.default === 'varies' && !entry.variesBy) {
          issues.push({
            path: [...at, 'variesBy'],
            message:
              'The default is varies but variesBy is missing. Fix: add variesBy with factors (account-type, age, plan, device, region, other) and a note, or use default: unknown if the sources do not say.',
          });
        }
        if (entry.default !== 'varies' && entry.variesBy) {
          issues.push({
            path: [...at, 'variesBy'],
            message: `variesBy is given but the default is ${entry.default}. Fix: remove variesBy, or set default: varies.`,
          });
        }
      }
      return issues;
    },
  },
  {
    name: 'confidence-note',
    description: 'Medium and low confidence say why.',
    check: (s) =>
      s.confidence !== 'high' && !s.confidenceNote
        ? [
            {
              path: ['confidenceNote'],
              message: `Confidence is ${s.confidence} but no reason is given. Fix: add confidenceNote saying why (old source, sources disagree…).`,
            },
          ]
        : [],
  },
  {
    name: 'high-needs-official-source',
    description: '"High" means the platform, a regulator, a court or an archived copy says it.',
    check: (s) => {
      if (s.confidence !== 'high') return [];
      const kinds = [...s.sources, ...(s.quote?.source ? [s.quote.source] : [])].map((source) => source.kind);
      return kinds.some((kind) => official.includes(kind))
        ? []
        : [
            {
              path: ['confidence'],
              message:
                'Confidence is high but every source is press or community. Fix: add the platform’s own page (or a regulator, court or archived copy) as a source, or lower confidence to medium with a confidenceNote.',
            },
          ];
    },
  },
  {
    name: 'quote-provenance',
    description:
      'A quote is read on the platform’s page or an archived copy; wording known only from reporting is marked via.',
    check: ({ quote }) => {
      if (!quote) return [];
      if (!quote.source && !quote.via) {
        return [
          {
            path: ['quote', 'source'],
            message:
              'The quote has no source. Fix: add source (the platform page or archived copy you copied it from), or via (the report that reproduces it).',
          },
        ];
      }
      if (quote.source && quote.via) {
        return [
          {
            path: ['quote', 'via'],
            message:
              'The quote has both source and via. Fix: keep source when you read the words on the platform’s page or an archived copy; keep via only when a report is all you could read.',
          },
        ];
      }
      if (quote.source && !quotable.includes(quote.source.kind)) {
        return [
          {
            path: ['quote', 'source', 'kind'],
            message: `The quote’s source is a ${quote.source.kind} page, not the platform’s own. Fix: copy the words from the platform’s page or an archived copy (kind platform or archive), or rename source to via so it shows as "as quoted by ${quote.source.publisher ?? 'the report'}".`,
          },
        ];
      }
      if (quote.via && quotable.includes(quote.via.kind)) {
        return [
          {
            path: ['quote', 'via', 'kind'],
            message: `via is for reports that reproduce the platform’s words, but this one is a ${quote.via.kind} page. Fix: rename via to source.`,
          },
        ];
      }
      return [];
    },
  },
  {
    name: 'region-once',
    description: 'A region has one default.',
    check: (s) => {
      const seen = new Set<string>();
      return s.regions.flatMap((entry, i) =>
        entry.regions.flatMap((code, j) => {
          const twice = seen.has(code);
          seen.add(code);
          return twice
            ? [
                {
                  path: ['regions', i, 'regions', j],
                  message: `Region ${code} has two defaults. Fix: list each region in one entry only.`,
                },
              ]
            : [];
        }),
      );
    },
  },
  {
    name: 'verified-after-reading',
    description: 'A setting cannot be verified before its sources were read.',
    check: (s) => {
      const read = [...s.sources, ...[s.quote?.source, s.quote?.via].filter((x) => x !== undefined)].map((x) => x.read);
      const newest = read.sort().at(-1);
      return newest && s.verified < newest
        ? [
            {
              path: ['verified'],
              message: `Verified ${s.verified} is older than a source read on ${newest}. Fix: set verified to the date you last checked, on or after ${newest}.`,
            },
          ]
        : [];
    },
  },
  {
    name: 'history-from-to',
    description: 'Default and label changes say what they changed from and to.',
    check: (s) =>
      s.history.flatMap((entry, i): Issue[] => {
        const at = ['history', i];
        if (entry.kind === 'default-changed' || entry.kind === 'label-changed') {
          const missing = (['from', 'to'] as const).filter((key) => entry[key] === undefined);
          if (missing.length) {
            return [
              {
                path: [...at, missing[0]],
                message: `A ${entry.kind} entry needs from and to. Fix: add ${missing.join(' and ')}${entry.kind === 'default-changed' ? ` (one of ${defaultStateIds.join(', ')})` : ' (the label before and after)'}.`,
              },
            ];
          }
          if (entry.kind === 'default-changed') {
            const bad = (['from', 'to'] as const).find(
              (key) => !(defaultStateIds as readonly string[]).includes(entry[key]!),
            );
            if (bad) {
              return [
                {
                  path: [...at, bad],
                  message: `history ${bad} "${entry[bad]}" is not a default state. Fix: use one of ${defaultStateIds.join(', ')}.`,
                },
              ];
            }
          }
          if (entry.from === entry.to) {
            return [
              {
                path: [...at, 'to'],
                message: `from and to are both "${entry.to}". Fix: record what it changed to, or use kind: other.`,
              },
            ];
          }
          return [];
        }
        if (entry.kind !== 'region-changed' && (entry.from !== undefined || entry.to !== undefined)) {
          return [
            {
              path: [...at, entry.from !== undefined ? 'from' : 'to'],
              message: `from and to are only for default-changed, label-changed and region-changed entries, not ${entry.kind}. Fix: remove them, or change the kind.`,
            },
          ];
        }
        if (entry.regions && entry.kind !== 'region-changed') {
          return [
            {
              path: [...at, 'regions'],
              message: `regions is only for region-changed entries. Fix: remove it, or set kind: region-changed.`,
            },
          ];
        }
        return [];
      }),
  },
  {
    name: 'default-agrees-with-history',
    description: 'The newest default change is the current default, and defaultSince is its date.',
    check: (s) => {
      const changes = s.history
        .map((entry, index) => ({ entry, index }))
        .filter(({ entry }) => entry.kind === 'default-changed')
        .sort((a, b) => a.entry.date.localeCompare(b.entry.date));
      const latest = changes.at(-1);
      if (!latest) return [];
      if (latest.entry.to !== s.default) {
        return [
          {
            path: ['history', latest.index, 'to'],
            message: `The newest default-changed entry (${latest.entry.date}) changes the default to ${latest.entry.to}, but default is ${s.default}. Fix: make them agree, or add the later change.`,
          },
        ];
      }
      if (s.defaultSince !== undefined && s.defaultSince !== latest.entry.date) {
        return [
          {
            path: ['defaultSince'],
            message: `defaultSince ${s.defaultSince} disagrees with the newest default-changed history entry (${latest.entry.date}). Fix: set defaultSince to ${latest.entry.date}, or remove it (it is derived from the history).`,
          },
        ];
      }
      return [];
    },
  },
];

/** Runs every rule on a parsed setting (used as the schema's refinement). */
export function settingRules(setting: Setting, ctx: z.RefinementCtx): void {
  for (const rule of rules) {
    for (const issue of rule.check(setting)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}
