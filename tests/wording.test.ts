import { describe, expect, it } from 'vitest';
import { actionLine, actionShort, finalStep, plain, stateSentence, transition } from '../src/lib/atlas/wording.ts';

const protect = { label: 'Protect your posts', labelMeans: 'protects' as const, default: 'on' as const, optOut: [{}] };
const share = { label: 'Personalized ads', labelMeans: 'shares' as const, default: 'on' as const, optOut: [{}] };

describe('the answer in plain words', () => {
  it('never shows a protective switch as if it were the sharing', () => {
    expect(stateSentence(protect)).toBe('Shared by default.');
    expect(plain(actionLine(protect)!)).toBe('To stop it, switch “Protect your posts” on.');
    expect(plain(actionLine(share)!)).toBe('To stop it, switch “Personalized ads” off.');
  });

  it('says which way to keep a setting that is off, and what unknown and varies mean', () => {
    expect(plain(actionLine({ ...protect, default: 'off' })!)).toBe(
      'To keep it that way, leave “Protect your posts” on.',
    );
    expect(stateSentence({ ...share, default: 'unknown' })).toBe('The sources do not say whether it starts on or off.');
    expect(
      stateSentence({ ...share, default: 'varies', variesBy: { factors: ['age'], note: 'Teens start private' } }),
    ).toBe('Depends on the user’s age: Teens start private.');
  });

  it('has nothing to switch where no opt-out exists', () => {
    expect(actionLine({ ...share, default: 'no-opt-out', optOut: [] })).toBeUndefined();
    expect(actionShort({ ...share, optOut: [] })).toBeUndefined();
  });

  it('does not repeat a very long label in short lines', () => {
    const long = {
      ...share,
      label: 'Allow your posts as well as your interactions, inputs, and results with Grok to be used for training',
    };
    expect(plain(actionShort(long)!)).toBe('Switch it off');
    expect(plain(actionLine(long)!)).toBe('To stop it, switch it off.');
  });

  it('adds a last step saying which way to flip, unless the platform’s last step already does', () => {
    expect(plain(finalStep(protect, ['Settings', 'Privacy'])!)).toBe('Switch “Protect your posts” on.');
    expect(finalStep(protect, ['Settings', 'Turn on "Protect your posts"'])).toBeUndefined();
  });

  it('words a change as before → after', () => {
    expect(transition({ changeKind: 'default-changed', from: 'off', to: 'on' })).toBe('Not shared → Shared');
    expect(transition({ changeKind: 'label-changed', from: 'Gemini Apps Activity', to: 'Keep Activity' })).toBe(
      '“Gemini Apps Activity” → “Keep Activity”',
    );
    expect(transition({ changeKind: 'policy-changed' })).toBeUndefined();
  });
});
