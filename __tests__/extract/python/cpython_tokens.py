"""CPython's own tokens for the tokenizer's differential test (tokenize-differential.test.ts).

Reads file paths, one a line, on stdin; prints one JSON object a line per file, in order:
  {"valid": true, "tokens": [[kind, text, line], ...]}  or  {"valid": false, "error": ..., "line": n}

The tokens are put in the form our tokenizer (src/extract/python/tokenize.ts) gives them:
- COMMENT and NL (comment lines, blank lines, line ends inside brackets) are left out: ours skips
  them, and NEWLINE (the end of a logical line) is what both have.
- A function body (the indented block after a `def ...:` / `async def ...:` line) is one BODY
  token whose line is where the body ends (the line of the DEDENT that closes it): ours skips
  bodies and leaves an INDENT/DEDENT pair there.
- An f-string (or t-string) is one FSTRING token holding its whole source text: Python 3.12+
  splits it into FSTRING_START, parts, fields and FSTRING_END; before 3.12 it is a STRING.
- INDENT, DEDENT, ENDMARKER and BODY carry no text (ours are empty; CPython's INDENT holds the
  indentation).
"""

import io
import json
import re
import sys
import tokenize
from token import DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, NUMBER, OP, STRING

SKIPPED = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}
# 3.12 has FSTRING_*, 3.14 adds TSTRING_* (t-strings); older versions have neither.
STARTS = {getattr(tokenize, n) for n in ("FSTRING_START", "TSTRING_START") if hasattr(tokenize, n)}
ENDS = {getattr(tokenize, n) for n in ("FSTRING_END", "TSTRING_END") if hasattr(tokenize, n)}
KINDS = {NAME: "NAME", NUMBER: "NUMBER", OP: "OP", NEWLINE: "NEWLINE"}
NO_TEXT = {INDENT: "INDENT", DEDENT: "DEDENT", ENDMARKER: "ENDMARKER"}


def read(path):
    # As Python reads a source file: UTF-8 (a BOM dropped), any line end read as "\n".
    with open(path, encoding="utf-8-sig", newline=None) as f:
        return f.read()


def string_kind(text):
    prefix = re.match(r"[A-Za-z]*", text).group(0).lower()
    return "FSTRING" if "f" in prefix or "t" in prefix else "STRING"


def is_def_header(line):
    """Whether a logical line's tokens are `def ...:` / `async def ...:` (what ours skips after)."""
    first = 1 if line and line[0][:2] == ["NAME", "async"] else 0
    return (
        len(line) > first
        and line[first][:2] == ["NAME", "def"]
        and line[-1][:2] == ["OP", ":"]
    )


def tokens_of(text):
    starts = [0]
    for line in io.StringIO(text):
        starts.append(starts[-1] + len(line))

    def offset(pos):
        return starts[pos[0] - 1] + pos[1]

    toks = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type not in SKIPPED]
    out = []
    line = []  # the current logical line's tokens, for is_def_header
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.type in STARTS:
            depth, j = 0, i
            while True:
                depth += (toks[j].type in STARTS) - (toks[j].type in ENDS)
                if depth == 0:
                    break
                j += 1
            tok = ["FSTRING", text[offset(t.start) : offset(toks[j].end)], t.start[0]]
            out.append(tok)
            line.append(tok)
            i = j + 1
            continue
        if t.type == NEWLINE and i + 1 < len(toks) and toks[i + 1].type == INDENT and is_def_header(line):
            out.append(["NEWLINE", t.string, t.start[0]])
            depth, j = 0, i + 1
            while True:
                depth += (toks[j].type == INDENT) - (toks[j].type == DEDENT)
                if depth == 0:
                    break
                j += 1
            out.append(["BODY", "", toks[j].start[0]])
            line = []
            i = j + 1
            continue
        if t.type in NO_TEXT:
            out.append([NO_TEXT[t.type], "", t.start[0]])
            line = []
        elif t.type == STRING:
            tok = [string_kind(t.string), t.string, t.start[0]]
            out.append(tok)
            line.append(tok)
        else:
            tok = [KINDS.get(t.type, tokenize.tok_name[t.type]), t.string, t.start[0]]
            out.append(tok)
            if t.type == NEWLINE:
                line = []
            else:
                line.append(tok)
        i += 1
    return out


def result(path):
    try:
        text = read(path)
    except UnicodeDecodeError as e:
        return {"valid": False, "error": f"not UTF-8: {e}", "line": 0}
    try:
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        return {"valid": False, "error": f"{type(e).__name__}: {e}", "line": getattr(e, "lineno", 0) or 0}
    return {"valid": True, "tokens": tokens_of(text)}


def main():
    for path in sys.stdin.read().splitlines():
        print(json.dumps(result(path), ensure_ascii=False))


if __name__ == "__main__":
    main()
