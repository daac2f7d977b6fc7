/** Debian's Chromium, which the browser tests drive; nothing downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';
