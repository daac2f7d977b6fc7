// The real guides, checked as a whole: the rules no single file can check, and coverage floors.
import { describe, expect, it } from 'vitest';
import { validateGuides } from '../src/lib/validate.ts';
import { categoryIds } from '../src/schemas/vocabulary.ts';
import { readGuides } from './helpers.ts';

const { guides, diagnostics } = validateGuides(readGuides('src/content/docs/platforms'));
const settings = guides.flatMap((g) => g.data.settings.map((s) => ({ guide: g.id, ...s })));

describe('the guide collection', () => {
  it('validates, including references between guides', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has unique guide IDs and platform names', () => {
    expect(new Set(guides.map((g) => g.id)).size).toBe(guides.length);
    expect(new Set(guides.map((g) => g.data.platform.name)).size).toBe(guides.length);
  });

  it('uses every category somewhere', () => {
    expect(new Set(settings.map((s) => s.category))).toEqual(new Set(categoryIds));
  });

  it('gives every guide a history entry or an incident', () => {
    const without = guides.filter(
      (g) => g.data.incidents.length === 0 && g.data.settings.every((s) => s.history.length === 0),
    );
    expect(without.map((g) => g.id)).toEqual([]);
  });

  it('meets the coverage floors: 25 platforms, 120 settings, 80% quoted', () => {
    expect(guides.length).toBeGreaterThanOrEqual(25);
    expect(settings.length).toBeGreaterThanOrEqual(120);
    expect(settings.filter((s) => s.quote).length / settings.length).toBeGreaterThanOrEqual(0.8);
  });

  it('describes shared settings once: no guide repeats a label that another guide owns and it references', () => {
    for (const guide of guides) {
      for (const ref of guide.data.sharedSettings) {
        const [owner, id] = ref.split('#');
        const label = guides.find((g) => g.id === owner)!.data.settings.find((s) => s.id === id)!.label;
        expect(
          guide.data.settings.map((s) => s.label),
          `${guide.id} copies ${ref}`,
        ).not.toContain(label);
      }
    }
  });
});
