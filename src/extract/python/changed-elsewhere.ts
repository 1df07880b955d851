/**
 * Values a module of the suite changes in place in another module: `from .cases import BACKENDS`
 * then `BACKENDS.append(...)`, `BACKENDS[k] = v`, `BACKENDS += [...]` at module level. Every
 * module that imports `cases.BACKENDS` shares that object, so what it sees depends on whether
 * pytest imported the changing module first (conftest.py files first, then test modules in
 * collection order, and whatever those import): a reader of the value cannot know it, and says so.
 *
 * Asked only when a list, dict or set crosses from one module of the suite to another (where a
 * marker or `parametrize` needs it). The first question reads the suite's Python files once, as
 * bytes, for lines that change a name in place; only files where the name asked about is
 * changed are read as Python, and only their module-level statements looked at.
 */
import { decodeSourceBytes } from '../decode.js';
import type { Stmt } from './statements.js';
import { readStructure } from './structure.js';
import type { Suite } from './suite.js';
import { PySyntaxError, tokenize } from './tokenize.js';

/** A module-level statement that changes in place a value imported from another module. */
export interface ChangeSite {
  file: string;
  line: number;
  /** What it does, for messages: "`BACKENDS.append()`". */
  how: string;
}

/**
 * A line whose statement may change `name` in place: `name.append(`, `name[...]` (an item
 * assignment or `del`), `name += ...`. Matched loosely (a subscript that is only read matches
 * too): the file's statements settle it.
 */
/** Where a `from` import takes a name from. */
interface Source {
  module: string;
  name: string;
}

interface Scan {
  /** Changes in place of names that hold a `from` import (or may, through star imports). */
  changes: Array<{ site: ChangeSite; sources: Source[] }>;
  /** Names that hold a `from` import once the module has run (changed in place or not). */
  imports: Map<string, Source>;
  /** The modules of its `from m import *`. */
  stars: string[];
}

/** `module.NAME` changed in place at column 0: `cases.BACKENDS.append(`, `cases.X[k] =`, `cases.X +=`. */
const MODULE_CHANGE_LINE =
  /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)[ \t]*(\.[ \t]*(?:append|extend|insert|update|add|remove|pop|clear|setdefault|sort|reverse|discard|popitem)[ \t]*\(|\[[^\n]*\][ \t]*=(?!=)|(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)=)/gm;

/** The 1-based line of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const CHANGE_LINE =
  /^[ \t]*(?:del[ \t]+)?([A-Za-z_]\w*)[ \t]*(?:\.[ \t]*(?:append|extend|insert|update|add|remove|pop|clear|setdefault|sort|reverse|discard|popitem)[ \t]*\(|\[|(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)=)/gm;

/** `as name` (in an import, and elsewhere). */
const AS_NAME = /\bas[ \t]+([A-Za-z_]\w*)/g;
/** The index's key for files that change a name bound by `as`: asked about every value. */
const ANY = ' as';

const dirOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

export class ChangedElsewhere {
  /** Name → the files with a line that may change it in place; built on the first question. */
  private byName: Map<string, string[]> | null = null;
  /** Per file: its module-level changes of imported values, by the value's origin (`file\0name`). */
  private readonly perFile = new Map<string, Map<string, ChangeSite[]>>();
  private readonly perOrigin = new Map<string, ChangeSite[]>();
  private readonly scans = new Map<string, Scan>();

  constructor(private readonly suite: Suite) {}

  /**
   * The first change of `name` as `file` binds it that another module than `importer` (and than
   * the module that makes the value, whose own changes are part of it) makes; null when none does.
   */
  changeOf(file: string, name: string, importer: string): ChangeSite | null {
    const origin = this.originOf(file, name);
    if (!origin) return null;
    // The modules the value passes through have run their own changes before the importer gets it.
    return this.sitesOf(origin).find((s) => s.file !== importer && !origin.via.includes(s.file)) ?? null;
  }

  private sitesOf(origin: { file: string; name: string }): ChangeSite[] {
    const key = `${origin.file}\0${origin.name}`;
    let sites = this.perOrigin.get(key);
    if (!sites) {
      sites = [];
      const index = this.index();
      const files = [...new Set([...(index.get(origin.name) ?? []), ...(index.get(ANY) ?? [])])].sort();
      for (const file of files) {
        if (file !== origin.file) sites.push(...(this.changesIn(file).get(key) ?? []));
      }
      this.perOrigin.set(key, sites);
    }
    return sites;
  }

  /**
   * Where the value `file` binds to `name` is made: through `from m import name` (re-exports
   * too) to the module whose own statement binds it. Null when a module on the way is not read.
   */
  private originOf(file: string, name: string): { file: string; name: string; via: string[] } | null {
    const via: string[] = [];
    for (let hops = 0; hops < 32; hops++) {
      const model = this.suite.load(file);
      if (!model) return null;
      const kind = model.kindOf(model.ns, name);
      // A `from` import, or a name last changed in place (`X.append(...)`, `X += [...]`), which
      // still holds the object it was bound to: what the module's statements bind it to.
      const scan = kind.k === 'import' || kind.k === 'other' ? this.scanOf(file) : null;
      let src = scan?.imports.get(name);
      if (scan && !src && kind.k === 'import') src = this.fromStar(file, scan.stars, name);
      if (!src) return { file, name, via };
      via.push(file);
      const found = this.suite.resolve(file, src.module);
      if (!found || typeof found === 'string' || found.file.endsWith('/')) return null;
      file = found.file;
      name = src.name;
    }
    return null;
  }

  /** The star import of `file` that binds `name`: the last of them whose module has it. */
  private fromStar(file: string, stars: string[], name: string): Source | undefined {
    for (const module of [...stars].reverse()) {
      const found = this.suite.resolve(file, module);
      if (!found || typeof found === 'string' || found.file.endsWith('/')) continue;
      if (this.suite.load(found.file)?.ns.final(name)) return { module, name };
    }
    return undefined;
  }

  /** The suite's Python files read once: which names each may change in place. */
  private index(): Map<string, string[]> {
    if (this.byName) return this.byName;
    const byName = new Map<string, string[]>();
    for (const file of this.pythonFiles()) {
      const bytes = this.suite.files.read(file);
      if (!bytes) continue;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      const names = new Set<string>();
      for (const m of text.matchAll(CHANGE_LINE)) names.add(m[1]!);
      for (const m of text.matchAll(MODULE_CHANGE_LINE)) names.add(m[2]!);
      if (names.size === 0) continue;
      // A name bound by `import ... as name` may hold a value imported under another name.
      for (const m of text.matchAll(AS_NAME)) {
        if (names.has(m[1]!)) {
          names.add(ANY);
          break;
        }
      }
      for (const n of names) {
        const files = byName.get(n);
        if (files) files.push(file);
        else byName.set(n, [file]);
      }
    }
    return (this.byName = byName);
  }

  /** Every `.py` file of the directories discovery listed, and the conftest.py files above them. */
  private pythonFiles(): string[] {
    const listings = this.suite.layout.listings ?? {};
    const out = new Set<string>();
    for (const [dir, names] of Object.entries(listings)) {
      for (const n of names) if (n.endsWith('.py')) out.add(join(dir, n));
      // A conftest.py above the walk (the rootdir's, when testpaths start lower) runs too.
      for (let d = dir; d !== '';) {
        d = dirOf(d);
        if (this.suite.files.isFile(join(d, 'conftest.py'))) out.add(join(d, 'conftest.py'));
      }
    }
    return [...out].sort();
  }

  /** A file's module-level changes of names it imports, by the origin of what they change. */
  private changesIn(file: string): Map<string, ChangeSite[]> {
    let out = this.perFile.get(file);
    if (out) return out;
    out = new Map();
    this.perFile.set(file, out);
    for (const c of this.scanOf(file).changes) {
      for (const src of c.sources) {
        const found = this.suite.resolve(file, src.module);
        if (!found || typeof found === 'string' || found.file.endsWith('/')) continue;
        // A star import binds the name only when that module has it.
        if (!this.suite.load(found.file)?.ns.final(src.name)) continue;
        const origin = this.originOf(found.file, src.name);
        if (!origin) break;
        const key = `${origin.file}\0${origin.name}`;
        const list = out.get(key);
        if (list) list.push(c.site);
        else out.set(key, [c.site]);
        break;
      }
    }
    return out;
  }

  /**
   * A file's module-level statements looked at once: which names it changes in place while they
   * hold a `from` import (and from where), and which names still hold one at the end.
   */
  private scanOf(file: string): Scan {
    let scan = this.scans.get(file);
    if (scan) return scan;
    // What each name is bound to so far: a `from` import, or (null) anything else.
    const bound = new Map<string, Source | null>();
    const stars: string[] = [];
    const changes: Scan['changes'] = [];
    // Names bound to a module: `import a.b as m` (`a.b`), `from pkg import m` (`pkg.m`, when a module).
    const modules = new Map<string, string>();
    const { stmts, text } = this.statementsOf(file);
    for (const s of stmts) {
      if (s.k === 'import' && s.asname) modules.set(s.asname, s.module);
      else if (s.k === 'from' && s.name !== '*')
        modules.set(s.asname ?? s.name, s.module.endsWith('.') ? s.module + s.name : `${s.module}.${s.name}`);
      if (s.k === 'from') {
        if (s.name === '*') stars.push(s.module);
        else bound.set(s.asname ?? s.name, { module: s.module, name: s.name });
      } else if (s.k === 'import') bound.set(s.asname ?? s.module.split('.')[0]!, null);
      else if (s.k === 'assign' || s.k === 'bind' || s.k === 'def' || s.k === 'class')
        bound.set(s.name, null);
      else if ((s.k === 'mutate' && !s.attr) || s.k === 'augassign') {
        const how = s.k === 'mutate' ? s.how.replace(/ at line \d+$/, '') : `\`${s.name} ${s.op}=\``;
        const from = bound.get(s.name);
        const sources = from
          ? [from]
          : from === undefined
            ? stars.map((m) => ({ module: m, name: s.name }))
            : [];
        if (sources.length > 0) changes.push({ site: { file, line: s.line, how }, sources });
      }
    }
    // `module.NAME.append(...)` at the start of a line (module level): the statement reader
    // keeps no statement for it, so the line is read here.
    if (text.includes('.')) {
      for (const m of text.matchAll(MODULE_CHANGE_LINE)) {
        const module = modules.get(m[1]!);
        if (module === undefined) continue;
        const line = lineAt(text, m.index);
        const target = `${m[1]}.${m[2]}`;
        const op = m[3]!;
        const how = op.startsWith('.')
          ? `\`${target}${op.replace(/[ \t(]/g, '')}()\``
          : op.startsWith('[')
            ? `an assignment into \`${target}\``
            : `\`${target} ${op}\``;
        changes.push({ site: { file, line, how }, sources: [{ module, name: m[2]! }] });
      }
    }
    const imports = new Map<string, Source>();
    for (const [name, src] of bound) if (src) imports.set(name, src);
    scan = { changes, imports, stars };
    this.scans.set(file, scan);
    return scan;
  }

  /** A file's module-level statements; none when it cannot be read (its own reading says why). */
  private statementsOf(file: string): { stmts: Stmt[]; text: string } {
    const bytes = this.suite.files.read(file);
    const decoded = bytes ? decodeSourceBytes(file, bytes) : null;
    if (!decoded || 'problem' in decoded) return { stmts: [], text: '' };
    try {
      return { stmts: readStructure(tokenize(decoded.text, false, decoded.codes)), text: decoded.text };
    } catch (e) {
      if (e instanceof PySyntaxError) return { stmts: [], text: '' };
      throw e;
    }
  }
}
