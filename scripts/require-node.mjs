// Stops early, with the fix, when npm scripts run under a Node older than the project needs: Astro 7
// needs 22.12, and running the .ts scripts without flags needs 22.18.
// Plain JavaScript on purpose: it must run on the system Node 20 to say what is wrong.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `Node.js ${process.versions.node} is too old for this project (needs >= 22.18).\n` +
      'The project ships Node 24 as the "node" devDependency, but it is missing: npm skipped install scripts.\n' +
      'Fix: run `npm install` again with scripts enabled (no --ignore-scripts), or use Node 24 (see .nvmrc).',
  );
  process.exit(1);
}
