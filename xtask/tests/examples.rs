//! Every response example of openapi.yaml (an `externalValue` pointing at the project's own
//! fixtures) fits its schema under strict OpenAPI 3.0 rules.

use serde_json::Value;
use xtask::spec::{self, resolve};
use xtask::validate::validate;

#[test]
fn every_response_example_fits_its_schema() {
    let root = xtask::workspace_root();
    let text = std::fs::read_to_string(root.join(xtask::SPEC_PATH)).expect("openapi.yaml");
    let spec = xtask::parse_yaml(&text).expect("spec parses");
    let mut responses: Vec<(String, &Value)> = Vec::new();
    for op in spec::operations(&spec) {
        let id = op.operation_id().unwrap_or_default().to_string();
        if let Some(map) = op.value.get("responses").and_then(Value::as_object) {
            for (status, response) in map {
                let response = resolve(&spec, response).expect("response resolves");
                responses.push((format!("{id} {status}"), response));
            }
        }
    }
    let mut checked = Vec::new();
    let mut problems = Vec::new();
    for (label, response) in responses {
        let Some(media) = response.pointer("/content/application~1json") else {
            continue;
        };
        let Some(examples) = media.get("examples").and_then(Value::as_object) else {
            continue;
        };
        for (name, example) in examples {
            let file = example["externalValue"].as_str().expect("externalValue");
            let body: Value = serde_json::from_str(
                &std::fs::read_to_string(root.join(file)).expect("example file exists"),
            )
            .expect("example is JSON");
            let outcome = validate(&spec, &media["schema"], &body);
            for v in &outcome.violations {
                problems.push(format!(
                    "{label} example {name}: {} expects {}, has {}",
                    v.pointer, v.expected, v.found
                ));
            }
            checked.push(format!("{label} {name}"));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
    // The Error response is shared, so its two examples are checked once per operation using it;
    // every fixture of tests/fixtures is an example somewhere.
    let fixtures = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("tests/fixtures")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_string)
        });
    for fixture in fixtures {
        assert!(
            checked.iter().any(|c| c.ends_with(&format!(" {fixture}"))),
            "{fixture} is not an example of any response"
        );
    }
}
