/**
 * One GitHub issue per quote that needs review: what to open, update and close after a source
 * check, given the issues already open. Each issue carries a marker with its setting's key, so it
 * is found again however its title is edited. Pure: the API calls are in scripts/source-issues.ts.
 */
import type { QuoteCheck, SourceStatusFile } from '../../schemas/source-status.ts';
import { needsReview } from '../../schemas/source-status.ts';
import { parseSettingRef } from '../atlas/resolve.ts';
import { CONTENT_ROOT } from '../check/read-files.ts';

export const ISSUE_LABEL = 'quote-check';

export interface OpenIssue {
  number: number;
  title: string;
  body: string;
}

export type IssueAction =
  | { kind: 'open'; key: string; title: string; body: string }
  | { kind: 'update'; number: number; key: string; title: string; body: string }
  | { kind: 'close'; number: number; key: string; comment: string };

const marker = (key: string) => `<!-- quote-check:${key} -->`;
const MARKER = /<!-- quote-check:([a-z0-9-]+#[a-z0-9-]+) -->/;

/** The setting key an issue was opened for, if it is one of ours. */
export const issueKey = (issue: OpenIssue) => MARKER.exec(issue.body)?.[1];

/** A fenced block that no backtick run inside the text can close. */
function fenced(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

/** The word diff in git's word-diff notation: [-removed-] {+added+}. */
export function wordDiff(diff: NonNullable<QuoteCheck['diff']>): string {
  return diff
    .map((part) => (part.removed ? `[-${part.removed}-]` : part.added ? `{+${part.added}+}` : (part.same ?? '')))
    .join('');
}

export function issueTitle(key: string, check: QuoteCheck): string {
  return `Quote ${check.status === 'gone' ? 'page gone' : 'changed'}: ${key}`;
}

export function issueBody(key: string, check: QuoteCheck, guidePath: string): string {
  const lines = [
    marker(key),
    `The weekly source check no longer finds the quoted wording of \`${key}\` on its page.`,
    '',
    `- Page: ${check.url}`,
    `- Status: **${check.status}**${check.status === 'gone' ? ' (the page answers 404 or 410)' : ''}`,
    `- Checked: ${check.checked}`,
    `- Last found: ${check.lastFound ?? 'never, since the check began'}`,
  ];
  if (check.closest) {
    lines.push('', `Closest passage on the page now (similarity ${check.similarity ?? 0}):`, '', fenced(check.closest));
  }
  if (check.diff?.length)
    lines.push('', 'Word diff from the quote to that passage:', '', fenced(wordDiff(check.diff), 'text'));
  if (check.archive) {
    const said =
      check.archive.status === 'found'
        ? 'still has the quoted wording'
        : `does not confirm it (${check.archive.status})`;
    lines.push('', `The archived copy, ${check.archive.url}, ${said} (read ${check.archive.checked}).`);
  }
  lines.push(
    '',
    `To fix it: read the page, then update the quote, the facts it supports and \`verified\` in \`${guidePath}\` (see CONTRIBUTING.md). This issue closes by itself when the wording is found again.`,
  );
  return lines.join('\n');
}

/**
 * What to do: open an issue for each quote that needs review and has none, update one whose text
 * changed, and close ours whose quote was found again or whose setting no longer has a check.
 * A quote whose page could not be read this week (blocked, unreachable) keeps its issue as it is.
 */
export function planIssues(status: SourceStatusFile, open: readonly OpenIssue[]): IssueAction[] {
  const ours = new Map<string, OpenIssue>();
  for (const issue of open) {
    const key = issueKey(issue);
    if (key && !ours.has(key)) ours.set(key, issue);
  }
  const actions: IssueAction[] = [];
  for (const [key, entry] of Object.entries(status.settings).sort(([a], [b]) => a.localeCompare(b))) {
    const check = entry.quote;
    if (!check || !needsReview(check)) continue;
    const title = issueTitle(key, check);
    const body = issueBody(key, check, `${CONTENT_ROOT}/platforms/${parseSettingRef(key).guideId}.mdx`);
    const existing = ours.get(key);
    if (!existing) actions.push({ kind: 'open', key, title, body });
    else if (existing.body !== body || existing.title !== title)
      actions.push({ kind: 'update', number: existing.number, key, title, body });
  }
  for (const [key, issue] of ours) {
    const check = status.settings[key]?.quote;
    if (check?.status === 'found') {
      actions.push({
        kind: 'close',
        number: issue.number,
        key,
        comment: `The quoted wording was found on its page again on ${check.checked}.`,
      });
    } else if (!check) {
      actions.push({
        kind: 'close',
        number: issue.number,
        key,
        comment:
          'The setting no longer has a quote on the page that was checked (the guide was updated or the setting removed).',
      });
    }
  }
  return actions;
}
