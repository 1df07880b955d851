/**
 * Which job (and which attempt of it) a JUnit report belongs to, from its path. The reusable
 * workflow uploads each job's report as artifact `<name>-junit-<job id>-<run attempt>` (name:
 * `group-matrix` by default), and
 * download-artifact puts each artifact in a directory of that name; a flat layout of files named
 * `junit-<job id>.xml` or `junit-<job id>-<attempt>.xml` works too.
 */
export interface ReportOrigin {
  jobId: string;
  /** GitHub's run attempt (1 for the first run, 2 after "Re-run failed jobs"...); 1 when absent. */
  attempt: number;
}

// Job ids are slugs ([a-z0-9_]), so the id is the part without a hyphen after `junit-`, and the
// artifact prefix (the reusable workflow's `name` input) may be anything before it.
const ARTIFACT_DIR = /(?:^|-)junit-([^-]+)(?:-(\d+))?$/;
const FLAT_FILE = /^junit-([^-]+)(?:-(\d+))?\.xml$/;

/** The job a report path names, or null; `path` is POSIX, relative to the directory searched. */
export function originOf(reportPath: string): ReportOrigin | null {
  const parts = reportPath.split('/');
  const base = parts[parts.length - 1] ?? '';
  // The innermost artifact directory wins: a user may nest the download under another one.
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = ARTIFACT_DIR.exec(parts[i] ?? '');
    if (m) return { jobId: m[1]!, attempt: m[2] ? Number(m[2]) : 1 };
  }
  const m = FLAT_FILE.exec(base);
  if (m) return { jobId: m[1]!, attempt: m[2] ? Number(m[2]) : 1 };
  return null;
}
