//! Reading the YAML spec into JSON.

use serde_json::json;
use xtask::parse_yaml;

#[test]
fn numeric_keys_become_strings_and_objects_are_sorted() {
    let value =
        parse_yaml("responses:\n  404: { description: b }\n  200: { description: a }\n").unwrap();
    assert_eq!(
        value,
        json!({ "responses": { "200": { "description": "a" }, "404": { "description": "b" } } })
    );
    let keys: Vec<&String> = value["responses"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["200", "404"]);
}

#[test]
fn a_key_given_as_number_and_as_string_is_an_error() {
    let error = parse_yaml("responses:\n  200: { description: a }\n  '200': { description: b }\n")
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "openapi.yaml at `/responses`: key `200` appears twice (once as a number, once as a \
         string?)"
    );
}

#[test]
fn invalid_yaml_is_a_readable_error() {
    let error = format!("{:#}", parse_yaml("paths: [unclosed\n").unwrap_err());
    assert!(
        error.starts_with("openapi.yaml is not valid YAML: "),
        "{error}"
    );
}
