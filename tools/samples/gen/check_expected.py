"""Checks every sample-docs/*.expected.json:
1. against /work/shared/spec/extraction.schema.json (the subset of JSON Schema it uses), and
2. against its own ground-truth page text: every free-text field that the hand-written documents
   copy from the page (titles, steps, progress, section text, names) must occur, whitespace aside,
   in the text of the document's pages, and each measure's title on the page it names.
This catches typos in the hand-written expectations; it does not write anything.

    python3 -m gen.check_expected [SCHEMA] [--dir FOLDER]     (FOLDER: another set, e.g. eval/documents)
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from .render import OUT_DIR

DEFAULT_SCHEMA = Path("/work/shared/spec/extraction.schema.json")
_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool}


def validate(value, schema: dict, root: dict, path: str, errors: list[str]) -> None:
    if "$ref" in schema:
        node = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        ok = any((value is None) if t == "null" else
                 (isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool)))
                 for t in names)
        if not ok:
            errors.append(f"{path}: {value!r:.60} is not {names}")
            return
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: does not match {schema['pattern']}")
        if schema.get("format") == "date":
            try:
                date.fromisoformat(value)
            except ValueError:
                errors.append(f"{path}: {value!r} is not an ISO date")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: above maximum")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing {key}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                validate(value[key], sub, root, f"{path}.{key}", errors)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], root, f"{path}[{i}]", errors)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _copied_fields(doc: dict):
    """(label, text, page or None) for every field that is copied verbatim from the page."""
    if doc.get("title"):
        yield "title", doc["title"], None
    for i, s in enumerate(doc.get("sections", [])):
        for line in s["text"].split("\n"):
            yield f"sections[{i}]", line, None
    for i, m in enumerate(doc.get("measures", [])):
        yield f"measures[{i}].title", m["title"], m.get("page")
        for step in m.get("steps", []):
            yield f"measures[{i}].steps", step, None
        for key in ("progress", "followUp"):
            for line in (m.get(key) or "").split("\n"):
                if line:
                    yield f"measures[{i}].{key}", line, None
        if m.get("period"):
            for part in re.split(r" - ", m["period"]["text"]):
                yield f"measures[{i}].period", part, None
    for key in ("members", "signatures"):
        for i, person in enumerate(doc.get(key, [])):
            yield f"{key}[{i}].name", person["name"].split(" ", 1)[-1] if person["name"].startswith("จ่าเอก") else person["name"], None
            if person.get("position"):
                yield f"{key}[{i}].position", person["position"], None
    header = doc.get("header") or {}
    for key in ("subject", "addressee", "dateText"):
        if header.get(key):
            yield f"header.{key}", header[key], None


def check_text(expected: dict, errors: list[str]) -> None:
    pages = {p["number"]: _squash(p["text"]) for p in expected["pages"]}
    for d, doc in enumerate(expected["documents"]):
        span = "".join(pages[n] for n in range(doc["pageStart"], doc["pageEnd"] + 1))
        for label, text, page in _copied_fields(doc):
            needle = _squash(text)
            haystack = pages.get(page, "") if page else span
            if needle not in haystack:
                errors.append(f"documents[{d}].{label}: not on {'page ' + str(page) if page else 'its pages'}: {text[:50]}")


def main(argv: list[str]) -> int:
    folder = OUT_DIR
    if "--dir" in argv:
        at = argv.index("--dir")
        folder = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    schema_path = Path(argv[0]) if argv else DEFAULT_SCHEMA
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    failed = 0
    for path in sorted(folder.glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        errors: list[str] = []
        validate(expected, schema, schema, "$", errors)
        check_text(expected, errors)
        sample = folder / expected["source"]["fileName"]
        if not sample.exists():
            errors.append(f"sample file {sample.name} missing")
        print(f"{path.name}: {'ok' if not errors else str(len(errors)) + ' problem(s)'}")
        for e in errors:
            print("   ", e)
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
