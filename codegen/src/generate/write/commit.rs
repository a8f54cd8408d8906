//! The staging directory beside the output: changed files are written there
//! first, then renamed into the output one by one (the same file system, so
//! each rename is atomic); the files they replace or remove are kept as hard
//! links until every rename succeeded, and put back if one failed.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A directory beside the output, made on the first file staged and removed
/// when dropped.
pub struct Staging {
    path: PathBuf,
    made: Mutex<bool>,
}

/// What a rollback undoes, in reverse order.
enum Undo {
    /// `target` was replaced or removed (`saved`: the old file) or created (`None`).
    File {
        target: PathBuf,
        saved: Option<PathBuf>,
    },
    /// A directory made for a new file.
    Dir(PathBuf),
}

impl Staging {
    /// `.<name>.codegen-staging-<pid>` in the output's parent directory.
    pub fn beside(out: &Path) -> Self {
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let staging = format!(".{name}.codegen-staging-{}", std::process::id());
        // Renames do not cross file systems: an output that is a mount point
        // of its own stages inside itself.
        let path = if other_device(out, &parent) {
            out.join(&staging)
        } else {
            parent.join(&staging)
        };
        Staging {
            path,
            made: Mutex::new(false),
        }
    }

    fn new_file(&self, rel: &Path) -> PathBuf {
        self.path.join("new").join(rel)
    }

    fn old_file(&self, rel: &Path) -> PathBuf {
        self.path.join("old").join(rel)
    }

    /// Writes `text` to the staged copy of `rel`.
    pub fn put(&self, rel: &Path, text: &str) -> Result<()> {
        self.put_with(rel, &mut |w| w.write_all(text.as_bytes()))
    }

    /// Writes the staged copy of `rel` with `write`, through a buffer.
    pub fn put_with(
        &self,
        rel: &Path,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<()> {
        {
            let mut made = self.made.lock().unwrap();
            if !*made {
                // A directory left by a killed run of the same process id.
                let _ = std::fs::remove_dir_all(&self.path);
                std::fs::create_dir_all(&self.path).map_err(|e| Error::io(&self.path, e))?;
                *made = true;
            }
        }
        let path = self.new_file(rel);
        // The directory is made only when the write says it is missing.
        let mut file = match std::fs::File::create(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                std::fs::File::create(&path)
            }
            other => other,
        }
        .map_err(|e| Error::io(&path, e))?;
        let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, &mut file);
        write(&mut buffered)
            .and_then(|()| std::io::Write::flush(&mut buffered))
            .map_err(|e| Error::io(&path, e))
    }

    /// Moves the `staged` files into `out` and removes `removed` from it;
    /// on the first failure, puts back what was done and returns the error.
    pub fn commit(&self, out: &Path, staged: &[PathBuf], removed: &[PathBuf]) -> Result<()> {
        if !staged.is_empty() && std::fs::symlink_metadata(out).is_err() {
            // No output yet: the staged tree is all of it, moved in at once.
            if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            return std::fs::rename(self.path.join("new"), out).map_err(|e| Error::io(out, e));
        }
        let mut undo = Vec::new();
        let result = self.apply(out, staged, removed, &mut undo);
        if result.is_err() {
            for step in undo.into_iter().rev() {
                match step {
                    Undo::File {
                        target,
                        saved: Some(saved),
                    } => {
                        let _ = std::fs::rename(saved, target);
                    }
                    Undo::File {
                        target,
                        saved: None,
                    } => {
                        let _ = std::fs::remove_file(target);
                    }
                    Undo::Dir(dir) => {
                        let _ = std::fs::remove_dir(dir);
                    }
                }
            }
        }
        result
    }

    fn apply(
        &self,
        out: &Path,
        staged: &[PathBuf],
        removed: &[PathBuf],
        undo: &mut Vec<Undo>,
    ) -> Result<()> {
        for rel in staged {
            let target = out.join(rel);
            let saved = self.save(rel, &target)?;
            if saved.is_none() {
                make_parents(&target, undo)?;
            }
            undo.push(Undo::File {
                target: target.clone(),
                saved,
            });
            let new = self.new_file(rel);
            std::fs::rename(&new, &target).map_err(|e| Error::io(&target, e))?;
        }
        for rel in removed {
            let target = out.join(rel);
            let saved = self.save(rel, &target)?;
            std::fs::remove_file(&target).map_err(|e| Error::io(&target, e))?;
            undo.push(Undo::File { target, saved });
        }
        Ok(())
    }

    /// Keeps the file at `target` (if any) under the staging directory: a
    /// hard link (the same file, times and all), or a copy where links are
    /// not supported.
    fn save(&self, rel: &Path, target: &Path) -> Result<Option<PathBuf>> {
        let meta = match std::fs::symlink_metadata(target) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(target, e)),
            Ok(meta) => meta,
        };
        if meta.is_dir() {
            return Err(Error::io(
                target,
                std::io::Error::other("a directory is where a generated file goes"),
            ));
        }
        let saved = self.old_file(rel);
        if let Some(parent) = saved.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        if std::fs::hard_link(target, &saved).is_err() {
            std::fs::copy(target, &saved).map_err(|e| Error::io(target, e))?;
        }
        Ok(Some(saved))
    }
}

/// Makes the missing directories above `target`, outermost first, noting
/// each for a rollback.
fn make_parents(target: &Path, undo: &mut Vec<Undo>) -> Result<()> {
    let missing: Vec<&Path> = target
        .ancestors()
        .skip(1)
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    for dir in missing.into_iter().rev() {
        std::fs::create_dir(dir).map_err(|e| Error::io(dir, e))?;
        undo.push(Undo::Dir(dir.to_owned()));
    }
    Ok(())
}

#[cfg(unix)]
fn other_device(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() != b.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn other_device(_: &Path, _: &Path) -> bool {
    false
}

impl Drop for Staging {
    fn drop(&mut self) {
        if *self.made.get_mut().unwrap_or_else(|e| e.into_inner()) {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}
