//! The performance report renders every figure as a ratio to its baseline.

use std::path::Path;

use xtask::bench::render;

fn write(path: &Path, body: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
    std::fs::write(path, body).expect("write");
}

#[test]
fn performance_report_from_results() {
    let target = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
    for (name, ns) in [
        ("serde_json_value", 10e6),
        ("generated_types", 8e6),
        ("typed_models", 9e6),
    ] {
        write(
            &target.join(format!(
                "criterion/decode_join_photos/{name}/new/estimates.json"
            )),
            &format!(r#"{{"mean":{{"point_estimate":{ns}}}}}"#),
        );
    }
    for bench in ["pagination", "upload", "download"] {
        write(
            &target.join(format!("kartaview-bench/{bench}.json")),
            r#"{"bench":"x","latency_ms":20,"rows":[{"label":"window 4","requests":52,"mean_ms":436.0,"floor_ms":1040.0,"wall_over_floor":0.419,"items":5000,"items_per_second":11467.9}]}"#,
        );
    }
    for (name, ns) in [
        ("rewrite/1000", 5e6),
        ("journal/1000", 16e3),
        ("rewrite/20000", 8e6),
        ("journal/20000", 14e3),
    ] {
        write(
            &target.join(format!(
                "criterion/upload_state_per_photo/{name}/new/estimates.json"
            )),
            &format!(r#"{{"mean":{{"point_estimate":{ns}}}}}"#),
        );
    }
    write(
        &target.join("kartaview-bench/process.json"),
        r#"{"latency_ms":20.0,"round_trip_ms":21.5,"runs":7,"photos":[{"label":"photos --sequence, 237 photos","binary":"this build","photos":237,"wall_ms":31.0,"round_trips":1.55,"first_request_ms":2.5,"first_output_ms":30.0,"requests":5.0}],"first_request_leaves":[{"binary":"this build","first_request_leaves_ms":2.4,"page_faults":261.0,"binary_bytes":10117824.0},{"binary":"curl 7.88.1","first_request_leaves_ms":8.0,"page_faults":585.0,"binary_bytes":null},{"binary":"floor","first_request_leaves_ms":1.6}],"decode":{"photos":10000,"input_bytes":15000000,"baseline":"Python `json.load`, in-process","baseline_ms":200.0,"rows":[{"binary":"this build","wall_ms":50.0,"ratio_to_baseline":0.25,"max_rss_mib":20.0,"rss_over_input":1.4}]}}"#,
    );
    write(
        &target.join("kartaview-bench/recording.json"),
        r#"{"runs":9,"official_runs":5,"frames":7000,"lines":154554,"bytes":5238119,"ours_ms":20.0,"ours_peak_heap_kib":65.4,"ours_gzip_ms":30.0,"ours_gzip_peak_heap_kib":171.9,"four_hours":{"frames":28000,"lines":618108,"bytes":20987545,"ours_ms":80.0,"ours_peak_heap_kib":65.4},"official":{"ms":400.0,"photos":7000,"max_rss_mib":26.8,"python":"3.11.7","revision":"28650a6"},"ratio_to_official":0.05}"#,
    );
    let report = render(&target, "test machine").expect("report");
    let _ = std::fs::remove_dir_all(&target);
    assert!(
        report.contains("| `serde_json::Value` (baseline) | 10.00 ms | 1.00 |"),
        "{report}"
    );
    assert!(report.contains("| 8.00 ms | 0.80 |"), "{report}");
    assert_eq!(
        report
            .matches("| window 4 | 52 | 436.0 ms | 1040.0 ms | 0.419 | 11467.9 |")
            .count(),
        3
    );
    assert!(
        report.contains("| 1000 | 5000.0 µs | 16.00 µs | 0.0032 |"),
        "{report}"
    );
    assert!(
        report.contains("| 20000 | 8000.0 µs | 14.00 µs | 0.0018 |"),
        "{report}"
    );
    assert!(
        report.contains("changes by 0.88× with the journal")
            && report.contains("by 1.60× with the whole-file rewrite"),
        "{report}"
    );
    assert!(
        report.contains(
            "| `photos --sequence, 237 photos` | this build | 31.0 ms | 1.55 | 5 | 2.5 ms | 30.0 ms |"
        ),
        "{report}"
    );
    assert!(
        report.contains("| this build | 50.0 ms | 0.25 | 20.0 MiB | 1.40 |"),
        "{report}"
    );
    assert!(report.contains("one round trip, 21.5 ms"), "{report}");
    assert!(
        report.contains("| this build | 2.40 ms | 1.50 |")
            && report.contains("| floor | 1.60 ms | 1.00 |"),
        "{report}"
    );
    // Page faults and size where measured; a dash in results from before those columns.
    assert!(
        report.contains("| this build | 2.40 ms | 1.50 | 261 | 10.12 MB |")
            && report.contains("| floor | 1.60 ms | 1.00 | – | – |"),
        "{report}"
    );
    // A program that loads most of its code from shared libraries has no size.
    assert!(
        report.contains("| curl 7.88.1 | 8.00 ms | 5.00 | 585 | – |"),
        "{report}"
    );
    assert!(
        report.contains("| upload-scripts 28650a6 (Python 3.11.7), baseline | one hour, plain | 7000 | 400.0 ms | 1.000 | 26.8 MiB (resident) |")
            && report.contains("| `MetadataReader` | one hour, plain | 7000 | 20.0 ms | 0.050 | 65 KiB (heap) |")
            && report.contains("| `MetadataReader` | four hours, plain | 28000 | 80.0 ms | – | 65 KiB (heap) |")
            && report.contains("fastest of 9 runs (ours) and of 5 (theirs)"),
        "{report}"
    );
    assert!(render(Path::new("/nonexistent"), "m").is_err());
}
