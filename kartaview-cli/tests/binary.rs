//! The built `kartaview` binary itself, read by binutils' `readelf` (an independent reader).

mod common;

/// `build.rs` links with packed relative relocations (`DT_RELR`) on a native glibc 2.36+ build:
/// the dynamic section must have them, and the binary must still start.
#[test]
fn linked_with_packed_relative_relocations_on_glibc_2_36() {
    // Not applicable (not a missing reader) without glibc 2.36+: a skip even under CI.
    let Some((major, minor)) = glibc_version() else {
        eprintln!("skipped: no glibc here (getconf GNU_LIBC_VERSION), so no packed relocations");
        return;
    };
    if (major, minor) < (2, 36) {
        eprintln!("skipped: glibc {major}.{minor} cannot load packed relocations");
        return;
    }
    if kartaview_tests::reader("readelf", &["--version"]).is_none() {
        return;
    }
    let output = std::process::Command::new("readelf")
        .args(["--dynamic", common::BIN])
        .output()
        .expect("readelf");
    assert!(
        output.status.success(),
        "readelf --dynamic: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dynamic = String::from_utf8_lossy(&output.stdout);
    assert!(dynamic.contains("(RELR)"), "no DT_RELR in:\n{dynamic}");
    assert!(
        !dynamic.contains("(RELACOUNT)"),
        "relative relocations left in RELA form:\n{dynamic}"
    );
    common::kartaview(&["--version"]).ok();
}

/// The C library's version as `getconf` reports it (`glibc 2.36`); `None` elsewhere.
fn glibc_version() -> Option<(u32, u32)> {
    let output = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let mut parts = text.trim().strip_prefix("glibc ")?.split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}
