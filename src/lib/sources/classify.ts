/**
 * What a fetched page is: the page itself, gone, moved, or something standing in its way (a login
 * wall, a bot challenge, a consent wall) that must not be read as "the quote changed".
 */
import { pageText, pageTitle } from './text.ts';

export type PageStatus = 'ok' | 'redirected' | 'gone' | 'blocked' | 'unreachable';

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** The URL the response came from, after redirects. */
  finalUrl: string;
  status: number;
  body: string;
}

const CHALLENGE =
  /just a moment|checking your browser|cf-chl|captcha|are you a robot|verify you are human|access denied|request blocked|unusual traffic|enable javascript and cookies to continue/i;
const LOGIN = /\b(log ?in|sign ?in)\b.{0,80}\b(to continue|to view|required|password)\b|\bplease (log|sign) in\b/i;
const CONSENT =
  /\b(before you continue|we value your privacy|accept all cookies|consent to (our|the) use of cookies|manage (your )?(cookie|consent) (preferences|choices))\b/i;
const LOGIN_PATH = /\/(login|signin|sign-in|log-in|auth|sso|account\/login|accounts\/login|checkpoint)\b/i;

/** Why the page is not the page, or undefined when it is (or at least looks like) the page. */
function obstacle(fetched: Fetched): string | undefined {
  const text = pageText(fetched.body);
  const short = text.length < 2500;
  const head = `${pageTitle(fetched.body)} ${text.slice(0, 1500)}`;
  if ([401, 403, 407, 429].includes(fetched.status) || (fetched.status === 503 && CHALLENGE.test(head)))
    return 'challenge';
  if (CHALLENGE.test(head) && short) return 'challenge';
  if (LOGIN_PATH.test(new URL(fetched.finalUrl).pathname) && !LOGIN_PATH.test(new URL(fetched.url).pathname))
    return 'login';
  if (short && LOGIN.test(head)) return 'login';
  if (short && CONSENT.test(head)) return 'consent';
  return undefined;
}

/** Same page despite the redirect: only the scheme, a trailing slash, `www.` or tracking changed. */
function samePage(a: string, b: string): boolean {
  const key = (value: string) => {
    const url = new URL(value);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
  };
  return key(a) === key(b);
}

export function classify(fetched: Fetched): { status: PageStatus; reason?: string; target?: string } {
  if (fetched.status === 404 || fetched.status === 410) return { status: 'gone' };
  const blocked = obstacle(fetched);
  if (blocked) return { status: 'blocked', reason: blocked };
  if (fetched.status >= 400) return { status: 'unreachable', reason: `HTTP ${fetched.status}` };
  if (!samePage(fetched.url, fetched.finalUrl)) return { status: 'redirected', target: fetched.finalUrl };
  return { status: 'ok' };
}
