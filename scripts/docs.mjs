#!/usr/bin/env node
// Generates the README's inputs and outputs tables from action.yml, so the two cannot drift.
//
//   node scripts/docs.mjs          rewrite README.md in place
//   node scripts/docs.mjs --check  exit 1, naming the drift, when README.md is not what would be generated
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The generated sections, in README order. */
export const SECTIONS = ['inputs', 'outputs'];

/** `<!-- inputs:start -->` / `<!-- inputs:end -->` */
export function markers(section) {
  return { start: `<!-- ${section}:start -->`, end: `<!-- ${section}:end -->` };
}

/** One Markdown table cell: whitespace (newlines included) folded to single spaces, pipes escaped. */
export function cell(value) {
  return String(value).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function code(value) {
  const text = cell(value);
  return text === '' ? '' : `\`${text}\``;
}

function defaultCell(spec) {
  if (spec.default !== undefined && spec.default !== null && String(spec.default) !== '') {
    return code(spec.default);
  }
  return spec.required === true ? '*required*' : '';
}

/** Parses action.yml text, failing clearly on anything that is not an action's metadata. */
export function parseAction(actionYamlText) {
  const action = parse(actionYamlText);
  if (action === null || typeof action !== 'object' || Array.isArray(action)) {
    throw new Error('action.yml: expected a mapping at the top level');
  }
  for (const section of SECTIONS) {
    const entries = action[section];
    if (entries === undefined || entries === null) continue;
    if (typeof entries !== 'object' || Array.isArray(entries)) {
      throw new Error(`action.yml: \`${section}\` must be a mapping of names to their metadata`);
    }
  }
  return action;
}

/**
 * Renders the Markdown table of one section (`inputs`: input, description, default;
 * `outputs`: output, description), in action.yml order.
 */
export function renderTable(actionYamlText, section) {
  if (!SECTIONS.includes(section)) {
    throw new Error(`Unknown section '${section}'. Expected one of: ${SECTIONS.join(', ')}.`);
  }
  const entries = Object.entries(parseAction(actionYamlText)[section] ?? {});
  const isInputs = section === 'inputs';
  const header = isInputs
    ? ['| Input | Description | Default |', '| --- | --- | --- |']
    : ['| Output | Description |', '| --- | --- |'];
  const rows = entries.map(([name, spec]) => {
    const meta = spec ?? {};
    const cells = [code(name), cell(meta.description ?? '')];
    if (isInputs) cells.push(defaultCell(meta));
    return `| ${cells.join(' | ')} |`;
  });
  if (rows.length === 0) return `_This action has no ${section}._`;
  return [...header, ...rows].join('\n');
}

/** Renders every section: `{ inputs, outputs }`. */
export function renderTables(actionYamlText) {
  return Object.fromEntries(SECTIONS.map((section) => [section, renderTable(actionYamlText, section)]));
}

/** Where a section's generated body sits in the README; an Error naming the problem when it cannot be found. */
function locate(readmeText, section) {
  const { start, end } = markers(section);
  const startAt = readmeText.indexOf(start);
  const endAt = readmeText.indexOf(end);
  if (startAt === -1 || endAt === -1) {
    const missing = [startAt === -1 ? start : null, endAt === -1 ? end : null].filter(Boolean);
    return new Error(
      `README.md lacks ${missing.join(' and ')}: add both markers where the ${section} table goes`,
    );
  }
  if (readmeText.indexOf(start, startAt + 1) !== -1 || readmeText.indexOf(end, endAt + 1) !== -1) {
    return new Error(`README.md has ${start} or ${end} more than once`);
  }
  if (endAt < startAt) return new Error(`README.md has ${end} before ${start}`);
  return { bodyStart: startAt + start.length, bodyEnd: endAt };
}

/** The README with every generated section replaced; throws when a marker is missing or misplaced. */
export function updateReadme(readmeText, actionYamlText) {
  const tables = renderTables(actionYamlText);
  let text = readmeText;
  for (const section of SECTIONS) {
    const where = locate(text, section);
    if (where instanceof Error) throw where;
    text = `${text.slice(0, where.bodyStart)}\n${tables[section]}\n${text.slice(where.bodyEnd)}`;
  }
  return text;
}

/**
 * Every way README.md differs from what would be generated, one message per problem; empty when up to date.
 * Each message names the section and the first differing line.
 */
export function findDrift(readmeText, actionYamlText) {
  const tables = renderTables(actionYamlText);
  const problems = [];
  for (const section of SECTIONS) {
    const where = locate(readmeText, section);
    if (where instanceof Error) {
      problems.push(where.message);
      continue;
    }
    const actual = readmeText
      .slice(where.bodyStart, where.bodyEnd)
      .replace(/^\r?\n/, '')
      .replace(/\r?\n$/, '');
    const expected = tables[section];
    if (actual === expected) continue;
    const actualLines = actual.split(/\r?\n/);
    const expectedLines = expected.split('\n');
    let i = 0;
    while (i < expectedLines.length && actualLines[i] === expectedLines[i]) i += 1;
    const show = (line) =>
      line === undefined || (line === '' && actual === '') ? '(nothing)' : JSON.stringify(line);
    const readmeLine = readmeText.slice(0, where.bodyStart).split('\n').length + 1 + i;
    problems.push(
      `README.md ${section} table differs from action.yml at table line ${i + 1} (README.md line ${readmeLine}):\n` +
        `  expected: ${show(expectedLines[i])}\n` +
        `  found:    ${show(actualLines[i])}`,
    );
  }
  return problems;
}

async function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: node scripts/docs.mjs [--check]`);
    return 2;
  }
  const readmePath = path.join(ROOT, 'README.md');
  const actionText = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
  let readmeText;
  try {
    readmeText = await readFile(readmePath, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.error(`README.md not found at ${readmePath}`);
    return 1;
  }
  if (check) {
    const problems = findDrift(readmeText, actionText);
    if (problems.length === 0) {
      console.log('README.md is up to date with action.yml');
      return 0;
    }
    for (const problem of problems) console.error(problem);
    console.error('Run `node scripts/docs.mjs` to regenerate the tables.');
    return 1;
  }
  const updated = updateReadme(readmeText, actionText);
  if (updated === readmeText) {
    console.log('README.md already up to date');
  } else {
    await writeFile(readmePath, updated);
    console.log(`Updated the ${SECTIONS.join(' and ')} tables in README.md`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
