/**
 * The few GitHub REST calls the source check's issues need, with the workflow's own token. The
 * API's address is a parameter, so tests point it at a local server.
 */
import { ISSUE_LABEL, planIssues, type IssueAction, type OpenIssue } from './issues.ts';
import type { SourceStatusFile } from '../../schemas/source-status.ts';

export interface GitHubTarget {
  api: string;
  repository: string;
  token: string;
}

function call(target: GitHubTarget, method: string, path: string, body?: unknown) {
  return fetch(`${target.api}/repos/${target.repository}${path}`, {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
}

async function ok(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: GitHub answered ${response.status} ${await response.text()}`);
  return response;
}

/** Every open issue with the label, page by page. */
export async function openIssues(target: GitHubTarget): Promise<OpenIssue[]> {
  const issues: OpenIssue[] = [];
  for (let page = 1; ; page++) {
    const response = await ok(
      await call(target, 'GET', `/issues?state=open&labels=${ISSUE_LABEL}&per_page=100&page=${page}`),
      'Listing issues',
    );
    const batch = (await response.json()) as (OpenIssue & { pull_request?: unknown })[];
    issues.push(
      ...batch.filter((i) => !i.pull_request).map(({ number, title, body }) => ({ number, title, body: body ?? '' })),
    );
    if (batch.length < 100) return issues;
  }
}

async function apply(target: GitHubTarget, action: IssueAction) {
  switch (action.kind) {
    case 'open':
      await ok(
        await call(target, 'POST', '/issues', { title: action.title, body: action.body, labels: [ISSUE_LABEL] }),
        `Opening ${action.key}`,
      );
      break;
    case 'update':
      await ok(
        await call(target, 'PATCH', `/issues/${action.number}`, { title: action.title, body: action.body }),
        `Updating #${action.number}`,
      );
      break;
    case 'close':
      await ok(
        await call(target, 'POST', `/issues/${action.number}/comments`, { body: action.comment }),
        `Commenting on #${action.number}`,
      );
      await ok(
        await call(target, 'PATCH', `/issues/${action.number}`, { state: 'closed', state_reason: 'completed' }),
        `Closing #${action.number}`,
      );
      break;
  }
}

/** Brings the issues in line with the status file; returns what it did. */
export async function syncIssues(target: GitHubTarget, status: SourceStatusFile): Promise<IssueAction[]> {
  // The label may not exist yet: create it, and carry on if it does (422).
  const label = await call(target, 'POST', '/labels', {
    name: ISSUE_LABEL,
    color: 'd4c5f9',
    description: 'A quote the source check no longer finds',
  });
  if (!label.ok && label.status !== 422) await ok(label, 'Creating the label');
  const actions = planIssues(status, await openIssues(target));
  for (const action of actions) await apply(target, action);
  return actions;
}
