import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) => {
  try {
    const stdout = execFileSync(process.execPath, ['scripts/check.ts', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, CI: '', ...env },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
};

/** A content folder (as src/content/docs) with the valid fixtures as guides, plus extra files. */
function contentDir(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  mkdirSync(join(dir, 'platforms'));
  cpSync('tests/fixtures/valid', join(dir, 'platforms'), { recursive: true });
  for (const [to, from] of Object.entries(extra)) cpSync(from, join(dir, to));
  return dir;
}

it('passes on valid guides', () => {
  const result = run(['--dir', contentDir()]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/✔ 2 guides \(3 settings\) and 0 other pages valid/);
});

it('exits non-zero and names file, line, field and fix for a broken guide', () => {
  const result = run(['--dir', contentDir({ 'platforms/broken.mdx': 'tests/fixtures/invalid/unknown-category.mdx' })]);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/broken\.mdx:17:5 {2}settings\[0\]\.category/);
  expect(result.stderr).toContain('fix:   use one of ai-training,');
  expect(result.stderr).toContain('✖ 1 error in 1 file(s)');
});

it('adds GitHub annotations when CI is set', () => {
  const result = run(['--dir', contentDir({ 'platforms/http-url.mdx': 'tests/fixtures/invalid/http-url.mdx' })], {
    CI: 'true',
  });
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/^::error file=.*http-url\.mdx,line=8,col=3,title=platform\.website::website /m);
});

it('says what is wrong with its arguments instead of a stack trace', () => {
  const missing = run(['--dir']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(
    /^npm run check: Option '--dir <value>' argument missing\.\nRun `npm run check -- --help`/,
  );
  const notAFolder = run(['--dir', 'tests/does-not-exist']);
  expect(notAFolder.stderr).toContain('--dir tests/does-not-exist is not a folder');
  const empty = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
  mkdirSync(join(empty, 'platforms'));
  expect(run(['--dir', empty]).stderr).toMatch(/there are no guides in .*platforms\/\. Add one with `npm run new`/);
});

it('prints its help', () => {
  expect(run(['--help']).stdout).toContain('Usage: npm run check');
});

it('checks the real content', { timeout: 60_000 }, () => {
  expect(run([]).code).toBe(0);
});
