/**
 * The suite around a test module: which file an import names, resolved as pytest's default
 * import mode (`prepend`) lets Python resolve it, and the modules so named, each read once per
 * run (per thread). A module outside the suite (an installed package, the standard library) is
 * not read: what comes from it is unknown, except the few the evaluator knows (builtins.ts).
 */
import type { Problem } from '../../model.js';
import { decodeSourceBytes } from '../decode.js';
import type { ExtractSettings, PythonSuite } from '../extractor.js';
import { getAttr, KNOWN_MODULES } from './builtins.js';
import { ChangedElsewhere } from './changed-elsewhere.js';
import { ModuleModel, type ModuleContext } from './module-model.js';
import { PRELOADED_MODULES } from './preloaded.js';
import { readStructure } from './structure.js';
import { PySyntaxError, tokenize } from './tokenize.js';
import { unknown, type PyVal } from './values.js';

/** The files of the suite, by repo-relative POSIX path. */
export interface SuiteFiles {
  isFile(rel: string): boolean;
  isDir(rel: string): boolean;
  /** A file's bytes (a buffer of its own, not borrowed), or null when it cannot be read. */
  read(rel: string): Uint8Array | null;
}

/** Where pytest looks for the suite's modules. */
export type SuiteLayout = Pick<
  PythonSuite,
  'rootdir' | 'pythonpath' | 'usefixtures' | 'siblings' | 'listings'
>;

const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

export class Suite implements ModuleContext {
  private readonly models = new Map<string, ModuleModel | null>();
  private readonly loading = new Set<string>();
  private readonly basedirs = new Map<string, string>();
  private readonly resolved = new Map<string, { file: string } | null | string>();
  /** Problems found while reading modules; the extractor hands them to the file that led to them. */
  readonly pending: Problem[] = [];

  constructor(
    readonly files: SuiteFiles,
    readonly layout: SuiteLayout,
    readonly settings: ExtractSettings,
  ) {}

  report(problem: Problem): void {
    this.pending.push(problem);
  }

  /** The directory pytest's `prepend` mode puts on `sys.path` for a file: the first one up without `__init__.py`. */
  basedir(file: string): string {
    let dir = dirOf(file);
    const cached = this.basedirs.get(dir);
    if (cached !== undefined) return cached;
    const start = dir;
    while (dir && this.files.isFile(join(dir, '__init__.py'))) dir = dirOf(dir);
    this.basedirs.set(start, dir);
    return dir;
  }

  /** A file's module name as imported under its basedir (`tests.unit.test_x`). */
  moduleName(file: string): string {
    const base = this.basedir(file);
    const rel = base ? file.slice(base.length + 1) : file;
    return rel
      .replace(/\.py$/, '')
      .replace(/\/__init__$/, '')
      .split('/')
      .join('.');
  }

  /** `sys.path` as the suite's imports see it from `file`: its basedir, `pythonpath`, conftests' basedirs, rootdir. */
  private searchPath(file: string): string[] {
    const out = [this.basedir(file), ...this.layout.pythonpath];
    // Every conftest.py from the rootdir down to the file's directory is imported first, and puts its basedir on sys.path.
    const dirs: string[] = [];
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      dirs.unshift(dir);
      if (!dir || dir === this.layout.rootdir) break;
    }
    for (const dir of dirs)
      if (this.files.isFile(join(dir, 'conftest.py'))) out.push(this.basedir(join(dir, 'conftest.py')));
    out.push(this.layout.rootdir);
    return [...new Set(out)];
  }

  /**
   * The file a module name resolves to from `from` (`.x` relative to its package): a module's
   * `.py`, a package's `__init__.py`, or a namespace package's directory (ending in `/`); null
   * when the suite does not hold it; a string reason when the import cannot work.
   */
  resolve(from: string, module: string): { file: string } | null | string {
    // The answer depends only on the importing file's directory.
    const key = `${dirOf(from)}\0${module}`;
    let found = this.resolved.get(key);
    if (found === undefined) this.resolved.set(key, (found = this.resolveUncached(from, module)));
    return found;
  }

  private resolveUncached(from: string, module: string): { file: string } | null | string {
    const level = /^\.*/.exec(module)![0].length;
    const parts = module
      .slice(level)
      .split('.')
      .filter((p) => p !== '');
    if (level > 0) {
      const base = this.basedir(from);
      const own = dirOf(from);
      if (own === base) return 'a relative import in a module that is not in a package';
      let dir = own;
      for (let i = 1; i < level; i++) {
        if (dir === base) return 'a relative import beyond the top-level package';
        dir = dirOf(dir);
      }
      return parts.length === 0 ? { file: join(dir, '__init__.py') } : this.locate(dir, parts);
    }
    for (const root of this.searchPath(from)) {
      const found = this.locate(root, parts);
      if (found) return found;
    }
    return null;
  }

  private locate(root: string, parts: string[]): { file: string } | null {
    let dir = root;
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const sub = join(dir, parts[i]!);
      if (last) {
        if (this.files.isFile(join(sub, '__init__.py'))) return { file: join(sub, '__init__.py') };
        if (this.files.isFile(`${sub}.py`)) return { file: `${sub}.py` };
        if (this.files.isDir(sub)) return { file: `${sub}/` };
        return null;
      }
      if (!this.files.isDir(sub)) return null;
      dir = sub;
    }
    return root ? { file: `${root}/` } : null;
  }

  /** A module of the suite, read once; null when it cannot be read (reported). */
  load(file: string): ModuleModel | null {
    if (this.models.has(file)) return this.models.get(file)!;
    if (this.loading.has(file)) return null;
    this.loading.add(file);
    let model: ModuleModel | null = null;
    try {
      const bytes = this.files.read(file);
      const decoded = bytes ? decodeSourceBytes(file, bytes) : null;
      if (decoded && 'problem' in decoded) this.report(decoded.problem);
      else if (decoded) {
        // Not the tokenizer's reused buffer: the test module being read still holds it.
        model = new ModuleModel(file, readStructure(tokenize(decoded.text, false, decoded.codes)), this);
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.report({
        severity: 'error',
        file,
        line: e.line,
        title: 'Syntax error',
        message: `${file}:${e.line}: ${e.message}. Python cannot import this module; fix it so the tests that import it can be planned.`,
      });
    } finally {
      this.loading.delete(file);
    }
    this.models.set(file, model);
    return model;
  }

  private changes: ChangedElsewhere | null = null;

  /**
   * The module value of a resolved file, as `importer` sees it: its names read lazily, a
   * package's submodules too.
   */
  private moduleValue(name: string, file: string, importer: string): PyVal {
    const dir = file.endsWith('/') ? file.slice(0, -1) : file.endsWith('/__init__.py') ? dirOf(file) : null;
    return {
      t: 'module',
      name,
      suite: {
        file,
        attr: (attr) => {
          const model = file.endsWith('/') ? null : this.load(file);
          const b = model?.ns.final(attr);
          if (b) return this.shared(b.value(), file, attr, importer);
          if (dir !== null) {
            const sub = this.locate(dir, [attr]);
            if (sub) return this.moduleValue(`${name}.${attr}`, sub.file, importer);
          }
          return undefined;
        },
      },
    };
  }

  /**
   * A value `importer` takes from another module: unknown when it can change in place (a list,
   * dict or set) and a third module changes it at import (changed-elsewhere.ts).
   */
  private shared(v: PyVal, file: string, attr: string, importer: string): PyVal {
    if (v.t !== 'list' && v.t !== 'dict' && v.t !== 'set') return v;
    const site = (this.changes ??= new ChangedElsewhere(this)).changeOf(file, attr, importer);
    if (!site) return v;
    return unknown(
      `\`${attr}\` of ${file} is changed in place by ${site.how} in ${site.file}, which pytest may import before or after this module (conftest.py files first, then test modules in collection order), so the value seen here depends on import order`,
      site.line,
      site.file,
    );
  }

  importModule(from: string, module: string, line: number): PyVal {
    // pytest and the standard library modules the evaluator knows cannot be the suite's own
    // (a local `pytest.py` would break pytest itself), nor can those imported before any test
    // module (preloaded.ts): no need to look for them.
    const top = module.split('.')[0]!;
    if (KNOWN_MODULES.has(top) || PRELOADED_MODULES.has(top))
      return { t: 'module', name: module, suite: null };
    const found = this.resolve(from, module);
    if (typeof found === 'string') return unknown(`\`import ${module}\` fails: ${found}`, line);
    if (found && this.layout.siblings && !module.startsWith('.'))
      this.sayShadowed(from, module, found.file, line);
    if (found) {
      if (!found.file.endsWith('/') && !this.load(found.file))
        return unknown(`\`${module}\` (${found.file}) cannot be read`, line);
      return this.moduleValue(module.replace(/^\.+/, ''), found.file, from);
    }
    return { t: 'module', name: module, suite: null };
  }

  private readonly shadowSaid = new Set<string>();

  /**
   * A bare import of a name that several test directories hold as `name.py`: pytest gets the one
   * imported first in collection order (it stays in `sys.modules`), maybe not this file's own.
   */
  private sayShadowed(from: string, module: string, file: string, line: number): void {
    const top = module.split('.')[0]!;
    const dirs = this.layout.siblings?.[top];
    if (!dirs?.some((d) => join(d, `${top}.py`) === file)) return;
    const key = `${from}\0${line}\0${module}`;
    if (this.shadowSaid.has(key)) return;
    this.shadowSaid.add(key);
    this.report({
      severity: 'notice',
      file: from,
      line,
      title: 'Import not read',
      message: `\`${top}\` is ${dirs.map((d) => join(d, `${top}.py`)).join(' and ')} (pytest puts each test file's directory on sys.path): pytest imports the one its collection reaches first and reuses it, which may not be ${file}, read here. Values from it may differ at run time; make the directories packages (__init__.py) or give the modules distinct names.`,
    });
  }

  importFrom(from: string, module: string, name: string, line: number): PyVal {
    const m = this.importModule(from, module, line);
    if (m.t === 'unknown') return m;
    if (m.t === 'module' && m.suite) {
      // `from . import sub` in a package's __init__.py: the name is not bound yet when it runs,
      // so Python imports the submodule (the binding found would be this very import).
      if (m.suite.file === from && from.endsWith('/__init__.py')) {
        const sub = this.locate(dirOf(from), [name]);
        if (sub) return this.moduleValue(`${m.name}.${name}`, sub.file, from);
      }
      const v = m.suite.attr(name);
      if (v !== undefined) return v;
      return unknown(`\`from ${module} import ${name}\`: ${m.suite.file} does not bind \`${name}\``, line);
    }
    return getAttr(m, name, line);
  }

  starNames(from: string, module: string): string[] | null {
    const found = this.resolve(from, module);
    if (!found || typeof found === 'string' || found.file.endsWith('/')) return null;
    const model = this.load(found.file);
    if (!model) return null;
    const all = model.ns.final('__all__')?.value();
    if (all && (all.t === 'list' || all.t === 'tuple') && all.items.every((i) => i.t === 'str')) {
      return all.items.map((i) => (i as { v: string }).v);
    }
    return [...model.ns.names()].filter((n) => !n.startsWith('_'));
  }
}
