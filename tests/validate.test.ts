import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

const valid = readGuides(`${FIXTURES}/valid`);
const invalid = readGuides(`${FIXTURES}/invalid`);

describe('valid guides', () => {
  it('pass with no diagnostics', () => {
    const { guides, diagnostics } = validateGuides(valid);
    expect(diagnostics).toEqual([]);
    expect(guides.map((g) => g.id)).toEqual(['example', 'other']);
  });

  it('fill in defaults and normalise unquoted YAML dates to ISO strings', () => {
    const other = validateGuides(valid).guides.find((g) => g.id === 'other')!;
    expect(other.data.lastVerified).toBe('2024-06-01');
    expect(other.data.settings[0].regions).toEqual([]);
    expect(other.data.incidents).toEqual([]);
  });

  it('reports a shared setting whose target guide is missing', () => {
    const { diagnostics } = validateGuides(valid.filter((f) => !f.file.endsWith('example.mdx')));
    expect(diagnostics.map((d) => d.problem)).toEqual([
      'Shared setting "example#ai-training" points to guide "example", which does not exist',
    ]);
  });
});

describe.each(invalid.map((f) => [f.file.split('/').pop()!, f] as const))('invalid guide %s', (_name, fixture) => {
  const { diagnostics } = validateGuides([...valid, fixture]);

  it('fails with one diagnostic naming this file, a line and a fix', () => {
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d.file).toBe(fixture.file);
    expect(d.line).toBeGreaterThan(0);
    expect(d.fix.length).toBeGreaterThan(10);
  });

  it('prints the message contributors see', () => {
    expect(diagnostics.map(formatDiagnostic).join('\n\n')).toMatchSnapshot();
  });
});

it('gives every invalid fixture its own message', () => {
  const messages = invalid.map((f) =>
    validateGuides([...valid, f])
      .diagnostics.map((d) => d.problem)
      .join(),
  );
  expect(new Set(messages).size).toBe(invalid.length);
});
