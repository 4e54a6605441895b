#!/usr/bin/env python3
"""The module table of docs/architecture.md, generated from the sources' imports, and the
layering rules checked over the same imports.

    python3 Scripts/architecture.py           # rewrites the table in docs/architecture.md
    python3 Scripts/architecture.py --check   # fails if the table is stale or a rule is broken

A module's job is the comment line right above its target in Package.swift; its imports are
the `import X` lines of its Swift files (any access level), the system modules left out.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "Sources"
DOC = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- modules:begin (Scripts/architecture.py) -->", "<!-- modules:end -->"
SYSTEM = {"Foundation", "FoundationEssentials", "Glibc", "Darwin", "Dispatch", "Musl", "Synchronization", "os"}
IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:public |internal |package |private |fileprivate )?import\s+(?:struct |class |enum |func |protocol |var |let )?([A-Za-z_][A-Za-z0-9_]*)", re.M)


def modules():
    """name → (kind, set of imported modules) for every folder of Sources/."""
    found = {}
    for folder in sorted(p for p in SOURCES.iterdir() if p.is_dir()):
        if (folder / "module.modulemap").exists():
            found[folder.name] = ("C shim", set())
            continue
        imports = set()
        for swift in folder.rglob("*.swift"):
            imports |= set(IMPORT.findall(swift.read_text(encoding="utf-8")))
        found[folder.name] = ("Swift", imports - SYSTEM)
    return found


def jobs():
    """name → the comment line right above its target in Package.swift (a group's heading above it is left out)."""
    result, comment, opened = {}, [], False
    for line in (ROOT / "Package.swift").read_text(encoding="utf-8").split("\n"):
        stripped = line.strip()
        if stripped.startswith("//"):
            comment.append(stripped.lstrip("/ ").strip())
            continue
        opener = re.match(r"\.(target|executableTarget|systemLibrary)\(", stripped)
        name = re.search(r'name: "([^"]+)"', stripped)
        if (opener or opened) and name:
            result[name.group(1)] = comment[-1] if comment else ""
        opened = bool(opener) and not name
        if not opened:
            comment = []
    return result


def table(found, described):
    rows = ["| module | job | imports |", "|---|---|---|"]
    for name, (kind, imports) in found.items():
        job = described.get(name, "") or ("system-library shim (pkg-config)" if kind == "C shim" else "")
        rows.append(f"| `{name}` | {job} | {', '.join(f'`{m}`' for m in sorted(imports)) or '—'} |")
    return "\n".join(rows)


# The layering rules: (description, predicate over (module, imports) giving the offending imports).
C_USERS = {"GovDocPackaging", "GovDocLayout", "GovDocTypeset", "GovDocFonts"}
READERS = {"GovDocOOXMLReader", "GovDocODFReader", "GovDocSource"}
CLI_ALLOWED = {"GovDocKit", "GovDocCommandLine", "GovDocMessages", "ArgumentParser"}
WRITERS = {"GovDocOOXML", "GovDocODF", "GovDocHTML", "GovDocOFD", "GovDocSourceWriter"}


def violations(found):
    own = {n for n, (k, _) in found.items() if k == "Swift"}
    shims = {n for n, (k, _) in found.items() if k == "C shim"}
    problems = []
    for name, (kind, imports) in found.items():
        if kind != "Swift":
            continue
        if name in imports:
            problems.append(f"{name} imports itself")
        if name == "GovDoc" and imports - {"GovDocMessages"}:
            problems.append(f"GovDoc (the model) imports {sorted(imports - {'GovDocMessages'})}: only GovDocMessages is allowed")
        if name not in C_USERS and imports & shims:
            problems.append(f"{name} imports the C shims {sorted(imports & shims)}: only {sorted(C_USERS)} may")
        if name in WRITERS and imports & READERS:
            problems.append(f"the writer {name} imports the readers {sorted(imports & READERS)}")
        if name in READERS and imports & WRITERS:
            problems.append(f"the reader {name} imports the writers {sorted(imports & WRITERS)}")
        if name == "govdoc" and imports - CLI_ALLOWED:
            problems.append(f"the CLI imports {sorted(imports - CLI_ALLOWED)}: only {sorted(CLI_ALLOWED)} (the façade and its framework)")
        if name == "GovDocMessages" and imports & own:
            problems.append(f"GovDocMessages imports {sorted(imports & own)}: it is the bottom of the stack")
    return problems


def main():
    found = modules()
    generated = table(found, jobs())
    doc = DOC.read_text(encoding="utf-8")
    if BEGIN not in doc:
        sys.exit(f"{DOC}: no {BEGIN} marker")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{BEGIN}\n{generated}\n{END}{tail}"
    problems = violations(found)
    if "--check" in sys.argv:
        if updated != doc:
            problems.append("docs/architecture.md's module table is stale: run python3 Scripts/architecture.py")
        for p in problems:
            print(f"architecture: {p}")
        print(f"architecture: {len(found)} modules, {len(problems)} problems")
        sys.exit(1 if problems else 0)
    DOC.write_text(updated, encoding="utf-8")
    for p in problems:
        print(f"architecture: {p}")


if __name__ == "__main__":
    main()
