import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
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

it('passes on valid guides', () => {
  const result = run(['--dir', 'tests/fixtures/valid']);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/✔ 2 guides, 3 settings valid/);
});

it('exits non-zero and names file, line, field and fix for a broken guide', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  cpSync('tests/fixtures/invalid/unknown-category.mdx', join(dir, 'broken.mdx'));
  const result = run(['--dir', dir]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('broken.mdx:16:5  settings[0].category');
  expect(result.stderr).toContain('fix:   use one of ai-training,');
  expect(result.stderr).toContain('✖ 1 error in 1 file(s)');
});

it('adds GitHub annotations when CI is set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  cpSync('tests/fixtures/invalid/http-url.mdx', join(dir, 'http-url.mdx'));
  const result = run(['--dir', dir], { CI: 'true' });
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/^::error file=.*http-url\.mdx,line=8,col=3,title=platform\.website::website /m);
});

it('checks the real guides', () => {
  expect(run([]).code).toBe(0);
});
