"""Validates every answer kartaview-mock gave during the test suite against openapi.yaml, with
openapi-schema-validator's OAS30Validator and its OpenAPI 3.0 format checker (strict OpenAPI
3.0: `null` only where `nullable: true`, `enum`, `format`), independent of the project's own
validator in xtask.

The fake appends its answers to the JSON-lines file named by KARTAVIEW_MOCK_RECORD (see
kartaview-mock's "Answer log"). Each answer is matched to its operation by method and path
template. The script fails on a violation, and on an operation of the spec that the fake never
answered with success and never answered "not implemented by the fake" (HTTP 501): every
operation the fake implements must be exercised by the tests.

Usage: python validate_fake.py OPENAPI_YAML ANSWERS_JSONL
"""
import collections
import hashlib
import json
import multiprocessing
import pathlib
import re
import sys

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

# kartaview_mock::NOT_IMPLEMENTED
NOT_IMPLEMENTED = "not implemented by the fake"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec):
    """(method, template, regex, number of parameters, operation) for every operation."""
    ops = []
    for template, item in spec["paths"].items():
        # Trailing slashes differ between clients and the spec: match without them.
        pattern = re.sub(r"\\\{[^}/]+\\\}", "[^/]+", re.escape(template.rstrip("/")))
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict) and "operationId" in op:
                ops.append((method, template, re.compile(f"^{pattern}/?$"),
                            template.count("{"), op))
    return ops


def match(ops, method, path):
    """The operation for a call; a literal segment wins over a parameter."""
    method = "get" if method == "head" else method
    found = [o for o in ops if o[0] == method and o[2].match(path)]
    return min(found, key=lambda o: o[3]) if found else None


def response_for(spec, op, status):
    """(key, response object) for a status: the exact code, then NXX, then default."""
    responses = op["responses"]
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            response = responses[key]
            while "$ref" in response:
                response = resolve(spec, response["$ref"])
            return key, response
    return None, None


def resolve(spec, ref):
    node = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


class Validators:
    """One validator per schema, with the spec's components beside it for `$ref`s."""

    def __init__(self, spec):
        self.spec = spec
        self.cache = {}

    def errors(self, schema, value):
        key = json.dumps(schema, sort_keys=True)
        if key not in self.cache:
            wrapped = {"allOf": [schema], "components": self.spec["components"]}
            self.cache[key] = OAS30Validator(wrapped, format_checker=oas30_format_checker)
        errors = self.cache[key].iter_errors(value)
        return sorted(errors, key=lambda e: list(e.absolute_path))


def deepest(error):
    """For a oneOf/anyOf with no fitting branch, the innermost error of the branch that got
    furthest, so the pointer names the field that broke rather than the union."""
    while error.context:
        # Deepest first; at equal depth, a branch that got past the type check.
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def check(spec, validators, op, entry):
    """Problems with one answer: a list of (pointer, message)."""
    status = entry["status"]
    key, response = response_for(spec, op, status)
    if response is None:
        return [("", f"HTTP {status} is not a documented status")]
    content = response.get("content") or {}
    media = (entry.get("contentType") or "").split(";")[0].strip()
    body = entry.get("body")
    if entry["bodyLength"] == 0 and not key.startswith("2"):
        # The Error response documents that some 4xx answers carry no body.
        return []
    if content and media not in content:
        return [("", f"a body of type {' or '.join(content)}; came {media!r}")]
    schema = content.get(media, {}).get("schema")
    if schema is None or media != "application/json":
        return []
    try:
        value = json.loads(body)
    except (TypeError, ValueError):
        return [("", f"a JSON body; came {str(body)[:40]!r}")]
    # The server reports many failures inside HTTP 200 with the status envelope alone.
    api_code = value.get("status", {}).get("apiCode") if isinstance(value, dict) else None
    if key.startswith("2") and api_code is not None and str(api_code) != "600":
        _, error_response = response_for(spec, op, 400)
        if error_response is not None:
            schema = error_response["content"]["application/json"]["schema"]
    problems = []
    for error in validators.errors(schema, value):
        error = deepest(error)
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        problems.append((pointer, error.message[:200]))
    return problems


_worker = {}


def _init(spec_path):
    spec = yaml.safe_load(pathlib.Path(spec_path).read_text())
    _worker.update(spec=spec, ops=operations(spec), validators=Validators(spec))


def _check(entry):
    """(operationId, call, problems) of one distinct answer, in a worker process."""
    op = match(_worker["ops"], entry["method"].lower(), entry["path"])[4]
    call = f"{entry['method']} {entry['path']}"
    if entry.get("query"):
        call += f"?{entry['query']}"
    return op["operationId"], call, entry["status"], check(
        _worker["spec"], _worker["validators"], op, entry
    )


def main():
    spec_path = sys.argv[1]
    spec = yaml.safe_load(pathlib.Path(spec_path).read_text())
    log = pathlib.Path(sys.argv[2])
    if not log.exists():
        print(f"error: {log} does not exist: was KARTAVIEW_MOCK_RECORD set for the tests?")
        return 1
    ops = operations(spec)
    success = collections.Counter()
    other = collections.Counter()
    not_implemented = collections.Counter()
    unmatched = collections.Counter()
    violations = collections.defaultdict(list)
    seen = set()
    distinct = []
    answers = 0
    with log.open() as lines:
        for line in lines:
            entry = json.loads(line)
            answers += 1
            found = match(ops, entry["method"].lower(), entry["path"])
            body = entry.get("body") or ""
            is_not_implemented = entry["status"] == 501 and body.startswith(NOT_IMPLEMENTED)
            if found is None:
                label = "not implemented" if is_not_implemented else f"HTTP {entry['status']}"
                unmatched[f"{entry['method']} {entry['path']} ({label})"] += 1
                continue
            op_id = found[4]["operationId"]
            if is_not_implemented:
                not_implemented[op_id] += 1
                continue
            (success if 200 <= entry["status"] < 300 else other)[op_id] += 1
            # The suite repeats many answers: validate each distinct one once.
            digest = hashlib.sha256(
                f"{op_id} {entry['status']} {entry.get('contentType')} {body}".encode()
            ).digest()
            if digest not in seen:
                seen.add(digest)
                distinct.append(entry)
    # Large bodies are many: one process per core.
    with multiprocessing.Pool(initializer=_init, initargs=(spec_path,)) as pool:
        for op_id, call, status, problems in pool.imap_unordered(_check, distinct, 4):
            for pointer, message in problems:
                violations[op_id].append(f"{call} -> HTTP {status}: {pointer}: {message}")

    failures = 0
    print(f"{answers} answers of the fake, {len(distinct)} distinct, validated against {spec_path}")
    for method, template, _, _, op in sorted(ops, key=lambda o: o[4]["operationId"]):
        op_id = op["operationId"]
        problems = sorted(violations.get(op_id, []))
        if problems:
            verdict = f"FAIL {len(problems)} violations"
        elif success[op_id]:
            verdict = "ok"
        elif not_implemented[op_id] and not other[op_id]:
            verdict = "not implemented by the fake"
        else:
            verdict = "FAIL never answered with success by the fake in the test suite"
        failures += verdict.startswith("FAIL")
        counts = f"{success[op_id]} 2xx, {other[op_id]} other, {not_implemented[op_id]} 501"
        print(f"{verdict:<27} {op_id} {method.upper()} {template} ({counts})")
        for problem in problems[:10]:
            print(f"     {problem}")
    for call, n in sorted(unmatched.items()):
        print(f"note: not an operation of the spec: {call} x{n}")
    print(f"{len(ops)} operations, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
