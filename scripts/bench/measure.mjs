// Wall-time measurement of fresh processes, shared by the benchmark parts.
import { spawnSync } from 'node:child_process';

export function log(msg) {
  process.stderr.write(`${msg}\n`);
}

/** Runs a command; returns { ms, stdout, stderr, status }. Throws when it cannot start. */
export function run(cmd, args, { cwd, env } = {}) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.error) throw new Error(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  return { ms, stdout: res.stdout, stderr: res.stderr, status: res.status };
}

/** Best and median of `reps` runs of `fn` (which returns a run() result). */
export function measure(label, reps, fn) {
  const times = [];
  let last;
  for (let i = 0; i < reps; i++) {
    last = fn(i);
    times.push(last.ms);
    log(`  ${label} #${i + 1}: ${last.ms.toFixed(0)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { best: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], times, last };
}
