import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { countGuideFiles, platformsSidebarGroup, SIDEBAR_GUIDE_LIMIT } from '../src/lib/sidebar.ts';

it('lists every guide in the sidebar up to the limit, and links to the A–Z index beyond it', () => {
  expect(platformsSidebarGroup(SIDEBAR_GUIDE_LIMIT).items).toEqual([{ autogenerate: { directory: 'platforms' } }]);
  expect(platformsSidebarGroup(SIDEBAR_GUIDE_LIMIT + 1).items).toEqual([
    { label: `All ${SIDEBAR_GUIDE_LIMIT + 1} platforms, A–Z`, link: '/platforms/' },
  ]);
  expect(platformsSidebarGroup(10_000).items[0]).toMatchObject({ label: 'All 10,000 platforms, A–Z' });
});

it('counts guide files only, as the check sees them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-sidebar-'));
  for (const name of ['x.mdx', 'reddit.md', '_draft.mdx', '.hidden.mdx', 'notes.txt'])
    writeFileSync(join(dir, name), '');
  mkdirSync(join(dir, 'nested'));
  expect(countGuideFiles(dir)).toBe(2);
});
