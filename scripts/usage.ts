/** Prints a script's usage: its opening doc comment, so help text and source cannot drift. */
import { readFileSync } from 'node:fs';

export function printUsage(scriptUrl: string): void {
  console.log(
    readFileSync(new URL(scriptUrl), 'utf8')
      .split('*/')[0]
      .replace(/^\/\*\*|^ \* ?/gm, ''),
  );
}
