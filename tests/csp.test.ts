import { expect, it } from 'vitest';
import { inlineScripts, sha256, starlightScriptHashes } from '../src/lib/csp.ts';

it('hashes the contents of inline scripts exactly as the browser does (sha256, base64)', () => {
  expect(
    inlineScripts('<p></p><script is:inline>\n  a();\n</script><script is:inline aria-hidden="true">b()</script>'),
  ).toEqual(['\n  a();\n', 'b()']);
  // echo -n 'b()' | openssl dgst -sha256 -binary | base64
  expect(sha256('b()')).toBe('sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=');
});

it('finds every inline script Starlight writes', () => {
  expect(starlightScriptHashes().length).toBeGreaterThanOrEqual(5);
});
