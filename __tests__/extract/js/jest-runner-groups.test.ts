// A jest-runner-groups suite (Jest 30 with `runner: 'groups'` and the real jest-runner-groups
// 2.2.0): the hand-written idioms and generated files with `@group` tags anywhere. Each file must
// be planned in a group whose `jest --group=<group>` runs it, as jest-runner-groups decides; files
// it gives no group are planned ungrouped; every file is in exactly one job. Jest itself runs the
// selections of a few groups and jobs end to end; every other file and group is checked with
// jest-runner-groups' own `filterTest`, the function its runner applies to each test file.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/run-action.js';
import { generatedSource, HAND_WRITTEN, random } from './docblock-files.js';
import { filterArgs, jestFiles, plan } from './runner-listings.js';

const GENERATED = 40;
const GroupRunner = createRequire(import.meta.url)('jest-runner-groups') as {
  filterTest(groups: { include: string[]; exclude: string[] }, test: { path: string }): boolean;
};

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-jrg-'));
  fs.writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({
      name: 'jrg',
      private: true,
      devDependencies: { jest: '30.5.2', 'jest-runner-groups': '2.2.0' },
    }),
  );
  fs.writeFileSync(
    path.join(root, 'jest.config.cjs'),
    "module.exports = { testEnvironment: 'node', transform: {}, runner: 'groups', testMatch: ['**/*.test.js'] };\n",
  );
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [name, source] of Object.entries(HAND_WRITTEN)) fs.writeFileSync(path.join(root, name), source);
  const r = random(2026);
  for (let i = 0; i < GENERATED; i++)
    fs.writeFileSync(path.join(root, `gen-${i}.test.js`), generatedSource(r, true));
});

/** jest-runner-groups' decision for `jest --group=<group>` on one file. */
function runsUnder(group: string, file: string): boolean {
  return GroupRunner.filterTest({ include: [group], exclude: [] }, { path: path.join(root, file) });
}

describe('jest-runner-groups: each file planned in a group `jest --group=` runs it under', () => {
  it.each(['global', 'file'])('scope %s: every file, every job', (scope) => {
    const { jobs, annotations } = plan(root, { scope });
    const warned = (title: string) => annotations.filter((a) => a.title === title).map((a) => a.file);
    // Planned in the name after a tab (jest-runner-groups reads the tab too), or ungrouped for a
    // nameless `@group`: each with a warning at its line.
    const misread = warned('File group after white space');
    const nameless = warned('Empty file group');
    expect(misread).toContain('tab.test.js');
    expect(nameless).toContain('empty.test.js');
    const seen = new Map<string, number>();
    for (const job of jobs) {
      for (const f of job.files) seen.set(f, (seen.get(f) ?? 0) + 1);
      if (job.group_value === null) {
        // `--group=` (empty) runs every file that has a group at all.
        expect(
          job.files.filter((f) => runsUnder('', f) && !nameless.includes(f)),
          `${job.id}: files jest-runner-groups gives a group`,
        ).toEqual([]);
      } else {
        const group = String(job.group_value);
        expect(
          job.files.filter((f) => !runsUnder(group, f) && !misread.includes(f)),
          `files of ${job.id} that jest --group=${group} does not run`,
        ).toEqual([]);
      }
    }
    expect(
      [...seen].filter(([, n]) => n > 1),
      'files in several jobs',
    ).toEqual([]);
    expect(seen.size).toBe(Object.keys(HAND_WRITTEN).length + GENERATED);
    // The idioms landed where their authors run them.
    const groupOf = (file: string) => jobs.find((j) => j.files.includes(`${file}.test.js`))!.group_value;
    expect(
      ['below-imports', 'one-line-below', 'one-line-top', 'description-after', 'several', 'template'].map(
        groupOf,
      ),
    ).toEqual(['unit/x', null, 'unit', 'integration/db', 'slow', 2]);
  });

  it('end to end: Jest runs the same files under --group= as our jobs do through the filter', () => {
    const { jobs, planFile, annotations } = plan(root, { scope: 'global' });
    const warned = annotations.map((a) => a.file);
    const all = jestFiles(root, []);
    expect(all.length).toBe(Object.keys(HAND_WRITTEN).length + GENERATED);
    for (const group of ['unit/x', 'integration/db', null]) {
      const job = jobs.find((j) => j.group_value === group)!;
      const ours = jestFiles(root, filterArgs('jest', root, planFile, job.id), {
        GROUP_MATRIX_PLAN: planFile,
        GROUP_MATRIX_ID: job.id,
      });
      expect(ours).toEqual([...job.files].sort());
      // The real runner's selection, and jest-runner-groups' filterTest agreeing with it file by file.
      const theirs = jestFiles(root, [`--group=${group ?? ''}`]);
      expect(all.filter((f) => runsUnder(group ?? '', f))).toEqual(theirs);
      const outside =
        group === null ? ours.filter((f) => theirs.includes(f)) : ours.filter((f) => !theirs.includes(f));
      expect(outside.filter((f) => !warned.includes(f))).toEqual([]);
    }
  });
});
