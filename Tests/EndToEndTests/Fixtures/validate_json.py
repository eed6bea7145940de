"""Validates a JSON document (standard input) against a JSON Schema (draft 2020-12).

Usage: validate_json.py SCHEMA.json < DOCUMENT.json
Exits 0 when valid, 1 with every error (path: message) when not, 3 when the
jsonschema package (Debian: python3-jsonschema) is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed (apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(3)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(json.load(sys.stdin)), key=lambda e: list(e.absolute_path))
for error in errors[:20]:
    print("/".join(map(str, error.absolute_path)) + ": " + error.message, file=sys.stderr)
sys.exit(1 if errors else 0)
