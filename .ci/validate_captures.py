"""Validates every real capture in ../shared/fixtures/real against its operation's response
schema in openapi.yaml, with openapi-schema-validator's OAS30Validator (strict OpenAPI 3.0:
`null` only where `nullable: true`). Independent of the project's own validator in xtask.

Usage: python validate_captures.py OPENAPI_YAML CAPTURES_DIR
"""
import json
import pathlib
import sys

import yaml
from openapi_schema_validator import OAS30Validator

# Capture file name (without .json) -> operationId whose 200 answer it is, or (schema, member)
# for a capture that holds one member of an answer.
CAPTURES = {
    # A credentials file storing the `osv` object of the login answer under "kartaview".
    "auth-client_auth-stored-credentials-example": ("#/components/schemas/V1AuthUser", "kartaview"),
    "v1-my-list-response": "v1MyList",
    "v1-photo-upload-response": "v1PhotoCreate",
    "v1-sequence-create-response": "v1SequenceCreate",
    "v1-sequence-finished-uploading-response": "v1SequenceFinishedUploading",
    "v1-sequence-photo-list-response-trimmed": "v1SequencePhotoList",
    "v1-tracks-matched-segments-response-trimmed": "v1TracksList",
    "v1-user-details-response": "v1UserDetails",
    "v2-doc-example-photo-list": "photoGetAll",
    "v2-doc-example-usermetrics": "userMetricsGetByUserId",
    "v2-sequence-create-response": "sequenceCreate",
    "v2-sequence-list-by-id": "sequenceGetAll",
    "v2-sequence-list-join-photo": "sequenceGetAll",
    "v2-sequence-list-join-photos-full": "sequenceGetAll",
    "v2-sequence-list-join-photos-trimmed": "sequenceGetAll",
    "v2-sequence-list-join-user": "sequenceGetAll",
}


def main():
    spec = yaml.safe_load(pathlib.Path(sys.argv[1]).read_text())
    captures = pathlib.Path(sys.argv[2])
    schemas = {}
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                content = op["responses"].get("200", {}).get("content", {})
                if "application/json" in content:
                    schemas[op["operationId"]] = content["application/json"]["schema"]
    failures = 0
    files = sorted(captures.glob("*.json"))
    unmapped = [f.stem for f in files if f.stem not in CAPTURES]
    if unmapped:
        print(f"error: captures without an operation in {__file__}: {unmapped}")
        return 1
    for path in files:
        operation = CAPTURES[path.stem]
        value = json.loads(path.read_text())
        if isinstance(operation, tuple):
            target, member = operation
            value = value[member]
            operation = target.rsplit("/", 1)[-1]
        else:
            target = schemas[operation]
        # The schema with the spec's components beside it, so `#/components/...` resolves.
        schema = {"allOf": [target if isinstance(target, dict) else {"$ref": target}],
                  "components": spec["components"]}
        errors = sorted(
            OAS30Validator(schema).iter_errors(value),
            key=lambda e: list(e.absolute_path),
        )
        if errors:
            failures += 1
        print(f"{'ok' if not errors else 'FAIL':4} {path.name} ({operation}): {len(errors)} errors")
        for error in errors[:20]:
            pointer = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"     {pointer}: {error.message[:160]}")
    print(f"{len(files)} captures, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
