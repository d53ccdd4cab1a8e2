//! Writing files so that a crash leaves either the old or the new content, never a mix.

use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically: a temporary file with a unique name beside it (created
/// exclusively, so a planted symlink is never followed), synced, renamed over `path`, and the
/// folder synced so that the rename survives a power cut. `private` files get mode 0600 on
/// Unix, others 0644. The folder must exist ([`create_parent`] makes it).
pub fn write_atomically(path: &Path, bytes: &[u8], private: bool) -> Result<()> {
    use std::io::Write;
    let dir = parent(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(if private {
            0o600
        } else {
            0o644
        }));
    }
    #[cfg(not(unix))]
    let _ = private;
    let written = builder.tempfile_in(dir).and_then(|mut file| {
        file.write_all(bytes)?;
        file.as_file().sync_all()?;
        file.persist(path).map_err(|e| e.error)
    });
    written.map_err(|e| Error::io(format!("cannot write {}", path.display()), os_error(e)))?;
    // Best effort: not every platform can open or sync a folder.
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Creates the folder `path` goes in, with its parents.
pub fn create_parent(path: &Path) -> Result<()> {
    let dir = parent(path);
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))
}

/// The error without the name of the random temporary file, which tempfile appends as
/// ` at path "..."` (its wrapper type is private): the target's name is what a user needs.
fn os_error(error: std::io::Error) -> std::io::Error {
    let text = error.to_string();
    match text.split_once(" at path \"") {
        Some((message, _)) => std::io::Error::new(error.kind(), message.to_owned()),
        None => error,
    }
}

fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A new empty folder for a unit test, kept afterwards for inspection.
#[cfg(test)]
pub(crate) fn test_dir(name: &str) -> std::path::PathBuf {
    match tempfile::Builder::new()
        .prefix(&format!("kartaview-{name}-"))
        .tempdir()
    {
        Ok(dir) => dir.keep(),
        Err(e) => panic!("no temporary folder for {name}: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_dir as temp_dir;

    #[test]
    fn replaces_the_file_and_leaves_nothing_else() {
        let dir = temp_dir("replace");
        let path = dir.join("state.json");
        write_atomically(&path, b"old", false).expect("first");
        write_atomically(&path, b"new", true).expect("second");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        let names: Vec<_> = std::fs::read_dir(&dir).expect("list").collect();
        assert_eq!(names.len(), 1, "no temporary file left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_at_the_old_temporary_name_is_not_followed() {
        let dir = temp_dir("symlink");
        let outside = dir.join("outside.txt");
        std::fs::write(&outside, b"untouched").expect("write");
        // The fixed name the hand-written version used.
        let planted = dir.join(format!(".state.json.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&outside, &planted).expect("symlink");
        write_atomically(&dir.join("state.json"), b"data", false).expect("write");
        assert_eq!(std::fs::read(&outside).expect("read"), b"untouched");
        assert_eq!(
            std::fs::read(dir.join("state.json")).expect("read"),
            b"data"
        );
    }

    #[test]
    fn an_unwritable_place_is_an_error_naming_the_file() {
        let dir = temp_dir("unwritable");
        let blocker = dir.join("file");
        std::fs::write(&blocker, b"x").expect("write");
        let error = write_atomically(&dir.join("missing").join("inside.json"), b"data", false)
            .expect_err("no such folder");
        assert!(error.to_string().contains("inside.json"), "{error}");
        create_parent(&dir.join("missing").join("inside.json")).expect("create");
        write_atomically(&dir.join("missing").join("inside.json"), b"data", false)
            .expect("now it exists");
        let error = write_atomically(&blocker.join("inside.json"), b"data", false)
            .expect_err("a file is no folder");
        assert!(
            error.to_string().contains("inside.json") || error.to_string().contains("file"),
            "{error}"
        );
    }
}
