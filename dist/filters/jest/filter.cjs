// Jest 30 loads `--filter` with require() and calls what it exports; the filter itself is the ESM
// bundle next to this file (scripts/package.mjs copies this shim into dist/filters/jest/).
/* global module */
module.exports = async (testPaths) => (await import('./index.js')).filter(testPaths);
