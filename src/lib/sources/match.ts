/**
 * Whether a quote is still on a page, and if not, the passage closest to it with a word diff, so a
 * reviewer sees at once what the platform changed.
 */
import { diffWords } from 'diff';
import { normalise } from './text.ts';

export interface QuoteMatch {
  found: boolean;
  /** When not found: the page's passage most like the quote, and how similar (0–1). */
  closest?: string;
  similarity?: number;
  /** When not found: the words removed from and added to the quote, in order. */
  diff?: { removed?: string; added?: string; same?: string }[];
}

const words = (text: string) => text.split(' ').filter(Boolean);

/** Share of the quote's words (in order) that a passage keeps: 2·LCS / (|a| + |b|). */
function similarity(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    let previous = 0;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = word === b[j - 1] ? previous + 1 : Math.max(row[j], row[j - 1]);
      previous = current;
    }
  }
  return (2 * row[b.length]) / (a.length + b.length || 1);
}

export function findQuote(quote: string, pageText: string): QuoteMatch {
  const wanted = normalise(quote);
  const page = normalise(pageText);
  if (page.includes(wanted)) return { found: true };
  // The window of the page, as long as the quote, that keeps most of its words in order.
  const q = words(wanted);
  const p = words(page);
  const n = Math.max(1, q.length);
  let best = { score: 0, start: 0 };
  const wordSet = new Set(q);
  for (let start = 0; start < Math.max(1, p.length - n + 1); start += Math.max(1, Math.floor(n / 4))) {
    const window = p.slice(start, start + n);
    // Cheap filter before the quadratic score: windows sharing few words cannot be the passage.
    if (window.filter((w) => wordSet.has(w)).length < n * 0.3) continue;
    const score = similarity(q, window);
    if (score > best.score) best = { score, start };
  }
  if (best.score === 0) return { found: false, similarity: 0 };
  // Refine around the best window: every start and end near it, keeping the most similar passage.
  let from = best.start;
  let to = Math.min(p.length, best.start + n);
  const reach = Math.max(3, Math.ceil(n / 3));
  for (let f = Math.max(0, best.start - reach); f <= Math.min(p.length - 1, best.start + reach); f++) {
    for (let t = f + Math.max(1, Math.floor(n * 0.6)); t <= Math.min(p.length, f + Math.ceil(n * 1.6)); t++) {
      const score = similarity(q, p.slice(f, t));
      if (score > best.score) [best.score, from, to] = [score, f, t];
    }
  }
  const closest = p.slice(from, to).join(' ');
  const diff = diffWords(wanted, closest).map((part) =>
    part.added
      ? { added: part.value.trim() }
      : part.removed
        ? { removed: part.value.trim() }
        : { same: part.value.trim() },
  );
  return {
    found: false,
    closest,
    similarity: Math.round(best.score * 100) / 100,
    diff: diff.filter((d) => Object.values(d)[0]),
  };
}
