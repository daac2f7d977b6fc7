import { describe, expect, it } from 'vitest';
import { actionLine, actionShort, finalStep, plain, stateSentence, transition } from '../src/lib/atlas/wording.ts';
import { strings } from '../src/lib/i18n/strings.ts';

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

  it('tells readers to use a page or form, never to switch it, in every state', () => {
    const place = { ...protect, label: 'Your Privacy Choices', labelIs: 'place' as const };
    expect(plain(actionLine(place)!)).toBe('To stop it, use “Your Privacy Choices”.');
    expect(plain(actionLine({ ...place, default: 'varies' })!)).toBe('To stop it, use “Your Privacy Choices”.');
    expect(plain(actionLine({ ...place, default: 'unknown' })!)).toBe(
      'To make sure it is stopped, check “Your Privacy Choices”.',
    );
    expect(plain(actionLine({ ...place, default: 'off' })!)).toBe(
      'If you turned it on, use “Your Privacy Choices” to undo it.',
    );
    expect(plain(actionLine({ ...place, default: 'no-opt-out' })!)).toBe(
      'Where a choice is offered, use “Your Privacy Choices”.',
    );
    expect(plain(actionShort(place)!)).toBe('Use “Your Privacy Choices”');
    // The same setting without labelIs is a switch, whichever way it works.
    expect(plain(actionShort({ ...place, labelIs: undefined })!)).toBe('Switch “Your Privacy Choices” on');
  });

  it('points to the steps when a page’s name is too long to repeat, and adds no switch of its name as a last step', () => {
    const form = {
      ...protect,
      labelIs: 'place' as const,
      label: 'Apple Intelligence Privacy Inquiries form for publishers and individuals',
    };
    expect(plain(actionLine(form)!)).toBe('To stop it, use the steps below.');
    expect(plain(finalStep(form, ['Apple Privacy', 'Apple Intelligence Privacy Inquiries form'])!)).toBe(
      'Choose not to share there.',
    );
    expect(finalStep(form, ['Apple Privacy', 'Submit the form'])).toBeUndefined();
  });

  it('uses the reader’s language for a page or form', () => {
    const place = { ...share, label: 'Manage cookies', labelIs: 'place' as const };
    expect(plain(actionLine(place, 'on', strings('de'))!, strings('de'))).toBe(
      'Um das Teilen zu beenden, nutzen Sie „Manage cookies“.',
    );
    expect(plain(actionLine(place, 'on', strings('fr'))!, strings('fr'))).toMatch(/^Pour y mettre fin, utilisez /);
    expect(plain(actionLine(place, 'on', strings('es'))!, strings('es'))).toMatch(/^Para impedirlo, use /);
  });

  it('words a change as before → after', () => {
    expect(transition({ changeKind: 'default-changed', from: 'off', to: 'on' })).toBe('Not shared → Shared');
    expect(transition({ changeKind: 'label-changed', from: 'Gemini Apps Activity', to: 'Keep Activity' })).toBe(
      '“Gemini Apps Activity” → “Keep Activity”',
    );
    expect(transition({ changeKind: 'policy-changed' })).toBeUndefined();
  });
});
