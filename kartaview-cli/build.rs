//! Links `kartaview` with packed relative relocations (`DT_RELR`) where the C library it is
//! built against can load them: the loader then reads about 5 KB of relocations at start-up
//! instead of about 340 KB (`docs/PERFORMANCE.md`, whole process).
//!
//! Only for a native glibc build (the build machine is the target, so its glibc is the one the
//! binary is linked against) with glibc 2.36 or later: the linker marks the binary as needing
//! the loader's `GLIBC_ABI_DT_RELR`, which older loaders refuse. Linkers without the option
//! (GNU ld before 2.38, lld before 15) ignore it with a warning.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let native = var("HOST") == var("TARGET");
    let dynamic_glibc = var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && !var("CARGO_CFG_TARGET_FEATURE")
            .split(',')
            .any(|f| f == "crt-static");
    if native && dynamic_glibc && glibc_version().is_some_and(|v| v >= (2, 36)) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// The version of the glibc this build script runs on (the native target's).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn glibc_version() -> Option<(u32, u32)> {
    // SAFETY: glibc returns a pointer to a static, NUL-terminated version string.
    let version = unsafe { std::ffi::CStr::from_ptr(libc::gnu_get_libc_version()) };
    let mut parts = version.to_str().ok()?.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn glibc_version() -> Option<(u32, u32)> {
    None
}
