//! The spec lint: one bad spec with every class of problem, one good spec.

use xtask::{lint, parse_yaml};

/// Every class of problem the lint knows, each on its own operation, plus a
/// handwritten operation that breaks every generation rule and must not be
/// reported for it.
const BAD_SPEC: &str = r##"
openapi: 3.1.0
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
$schema: https://spec.openapis.org/oas/3.1/schema/2022-10-07
webhooks: {}
info: { title: bad, version: "1" }
x-kartaview-known-by-name-only:
  - resource: badge
    operations: list
paths:
  /no-id:
    get:
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200': { description: ok }
  /dup-a:
    get:
      operationId: getThing
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200': { description: ok }
  /dup-b:
    get:
      operationId: getThing
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200': { description: ok }
  /evidence:
    get:
      operationId: noEvidence
      responses:
        '200': { description: ok }
    put:
      operationId: confirmedWithoutSource
      x-kartaview-evidence: { level: confirmed, reasoning: "looks right" }
      responses:
        '200': { description: ok }
    post:
      operationId: inferredWithoutReasoning
      x-kartaview-evidence: { level: inferred, reasoning: "  " }
      responses:
        '200': { description: ok }
    delete:
      operationId: unknownLevel
      x-kartaview-evidence: { level: guessed }
      responses:
        '200': { description: ok }
    options:
      operationId: sourceWithoutCommit
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/android, path: KVApi.java, symbol: KVApi.uploadTagging, checked: [body] }] }
      responses:
        '200': { description: ok }
    patch:
      operationId: evidenceNotAnObject
      x-kartaview-evidence: confirmed
      x-kartaview-handwritten: "yes"
      responses:
        '200': { description: ok }
  /upload:
    post:
      operationId: uploadUnmarked
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/openstreetcam.org, commit: 0123456789abcdef0123456789abcdef01234567, path: src/client.ts, symbol: Client.send, checked: [method, path] }] }
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { photo: { type: string, format: binary } } }
      responses:
        '200': { description: ok }
  /two-types:
    post:
      operationId: twoBodyTypes
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/openstreetcam.org, commit: 0123456789abcdef0123456789abcdef01234567, path: src/client.ts, symbol: Client.send, checked: [method, path] }] }
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Thing' }
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/Thing' }
      responses:
        '200': { description: ok }
  /form:
    post:
      operationId: nestedForm
      x-kartaview-evidence: { level: inferred, reasoning: same as the upload form }
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                token: { type: string }
                kind: { enum: [a, b] }
                tags: { type: array, items: { type: string } }
                where: { $ref: '#/components/schemas/Thing' }
      responses:
        '200': { description: ok }
    put:
      operationId: formNotObject
      x-kartaview-evidence: { level: inferred, reasoning: same as the upload form }
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: { type: array, items: { type: string } }
      responses:
        '200': { description: ok }
  /responses:
    get:
      operationId: twoSuccessBodies
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
        '204': { description: nothing }
    put:
      operationId: twoErrorBodies
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200': { description: ok }
        '400':
          description: bad
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
        4XX:
          description: other
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Other' }
    post:
      operationId: successAndDefault
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
        default:
          description: anything else
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
  /schemas:
    get:
      operationId: schemaFeatures31
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/upload-scripts, commit: 0123456789abcdef0123456789abcdef01234567, path: capture.json, symbol: fixture, checked: [response] }] }
      parameters:
        - name: id
          in: query
          schema: { type: [string, "null"] }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  kind: { const: photo }
                  count: { type: integer, examples: [1, 2] }
                  either:
                    nullable: true
                    oneOf:
                      - type: string
                      - type: number
  /handwritten:
    post:
      operationId: uploadPhoto
      x-kartaview-handwritten: true
      x-kartaview-evidence: { level: confirmed, sources: [{ repo: kartaview/openstreetcam.org, commit: 0123456789abcdef0123456789abcdef01234567, path: src/client.ts, symbol: Client.send, checked: [method, path] }] }
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { photo: { type: string, format: binary } } }
          application/json:
            schema: { type: [string, "null"] }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
        '204': { description: nothing }
        default: { description: anything }
components:
  schemas:
    Thing:
      type: object
      properties:
        id: { type: integer }
    Other:
      type: object
      properties:
        message: { type: string }
    Either:
      nullable: true
      anyOf:
        - { $ref: '#/components/schemas/Thing' }
        - { $ref: '#/components/schemas/Missing' }
"##;

fn problems(text: &str) -> Vec<String> {
    let spec = parse_yaml(text).unwrap();
    lint(&spec).iter().map(ToString::to_string).collect()
}

#[test]
fn bad_spec_reports_every_problem() {
    let problems = problems(BAD_SPEC);
    insta::assert_snapshot!("lint_problems_of_bad_spec", problems.join("\n"));
    // The handwritten operation breaks every generation rule, yet is fine.
    assert!(
        !problems.iter().any(|p| p.contains("(uploadPhoto)")),
        "{problems:#?}"
    );
}

#[test]
fn good_spec_has_no_problems() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/small.yaml"
    ))
    .unwrap();
    assert_eq!(problems(&text), Vec::<String>::new());
}

#[test]
fn an_unmarked_multipart_operation_is_reported() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/small.yaml"
    ))
    .unwrap()
    .replace("      x-kartaview-handwritten: true\n", "");
    assert_eq!(
        problems(&text),
        vec![
            "POST /1.0/photo/ (uploadPhoto): request body content type `multipart/form-data` \
             cannot be generated by progenitor; mark the operation `x-kartaview-handwritten: \
             true` and write its client by hand in kartaview-ext",
            "POST /1.0/photo/ (uploadPhoto): has both a 2xx response (200) and a `default` \
             response; progenitor treats `default` as a possible success too and panics on that \
             combination; replace `default` with explicit 4XX/5XX responses",
        ]
    );
}

/// A spec with one operation whose `x-kartaview-evidence` is `evidence` (flow YAML).
fn with_evidence(evidence: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{ title: t, version: \"1\" }}\npaths:\n  /a:\n    get:\n      \
         operationId: getA\n      x-kartaview-evidence: {evidence}\n      responses:\n        \
         '200': {{ description: ok }}\n"
    )
}

#[test]
fn a_confirmed_operation_needs_a_source_with_repo_commit_and_path() {
    let commit = "28650a631e398ebe8991c1c965248d41ae68dd87";
    let good = format!(
        "{{ level: confirmed, sources: [{{ repo: kartaview/upload-scripts, commit: {commit}, \
         path: osc_api_gateway.py, symbol: OSCApi.get_sequence, checked: [method, path] }}] }}"
    );
    assert_eq!(problems(&with_evidence(&good)), Vec::<String>::new());

    // The free-text `source` of before the audit is no longer enough.
    assert_eq!(
        problems(&with_evidence(
            "{ level: confirmed, source: \"upload-scripts osc_api_gateway.py\" }"
        )),
        [
            "GET /a (getA): `x-kartaview-evidence` has an unknown key `source` (known: level, \
             sources, reasoning, unverified, captures, examples, operationId)",
            "GET /a (getA): `x-kartaview-evidence` has `level: confirmed` but no `sources` (each \
             with repo, commit, path, symbol and checked)",
        ]
    );
    assert_eq!(
        problems(&with_evidence("{ level: confirmed, sources: [] }")),
        [
            "GET /a (getA): `x-kartaview-evidence` has `level: confirmed` but no `sources` (each \
          with repo, commit, path, symbol and checked)"
        ]
    );
    // Each missing or malformed piece is named.
    let bad = "{ level: confirmed, sources: [{ repo: upload-scripts, commit: 28650a6, \
               symbol: get_sequence, checked: [method, headers] }] }";
    assert_eq!(
        problems(&with_evidence(bad)),
        [
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `repo` must be `owner/name`",
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `commit` must be a commit of 40 \
             hex digits",
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `path` must be a path inside the \
             repository",
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `checked` must be a non-empty \
             list of method, path, parameters, body, auth, response",
        ]
    );
    // An inferred operation may cite sources too; they are held to the same rules.
    let inferred = "{ level: inferred, reasoning: untested module, sources: [{ repo: a/b, \
                    commit: 28650a631e398ebe8991c1c965248d41ae68dd87, path: x.py }] }";
    assert_eq!(
        problems(&with_evidence(inferred)),
        [
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `symbol` must be the function or \
             symbol that shows the operation",
            "GET /a (getA): `x-kartaview-evidence.sources[0]`: `checked` must be a non-empty \
             list of method, path, parameters, body, auth, response",
        ]
    );
}

/// Every confirmed operation of the workspace's spec names full sources, and the evidence
/// audit lists each of them as `owner/repo@commit:path`.
#[test]
fn the_evidence_audit_cites_every_source_of_the_workspace_spec() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml")).unwrap();
    let spec = parse_yaml(&text).unwrap();
    let report = xtask::evidence_report(&spec).unwrap();
    let mut confirmed = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(evidence) = op.get("x-kartaview-evidence") else {
                continue;
            };
            let heading = format!("## `{} {path}`", method.to_uppercase());
            assert!(report.contains(&heading), "{heading}");
            if evidence["level"] == "confirmed" {
                confirmed += 1;
            }
            for source in evidence["sources"].as_array().into_iter().flatten() {
                let cite = format!(
                    "`{}@{}:{}`",
                    source["repo"].as_str().unwrap(),
                    source["commit"].as_str().unwrap(),
                    source["path"].as_str().unwrap()
                );
                assert!(report.contains(&cite), "{cite}");
            }
        }
    }
    assert!(report.contains(&format!("{confirmed} confirmed")));
}
