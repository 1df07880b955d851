import picomatch from 'picomatch';
import type { RunnerMap, RunsOn } from '../model.js';

/** The first rule whose pattern matches the group id wins; then `default`; else none. */
export function runsOnFor(map: RunnerMap | null, groupId: string): RunsOn | undefined {
  if (!map) return undefined;
  for (const rule of map.rules) {
    if (rule.pattern === groupId || picomatch.isMatch(groupId, rule.pattern, { dot: true }))
      return rule.runsOn;
  }
  return map.fallback;
}
