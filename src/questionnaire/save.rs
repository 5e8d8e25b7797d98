//! Saving a session (Contract 1's answers file plus a `[session]` table) and a handout (the
//! plan as a web page to print). Both are written atomically (a temporary file in the same
//! folder, then a link or rename) with owner-only permissions, never over another file
//! without asking, and only when the person chooses to. On Linux the contents are written to
//! an unnamed file (O_TMPFILE) that gets its name only once complete, so a crash, even
//! `kill -9`, leaves no copy of anyone's answers; elsewhere a temporary file with a name no
//! other run uses is removed whatever happens, and stale ones from killed runs are removed at
//! the next save.

use super::Prompter;
use crate::answers::{Answers, Session};
use crate::engine::Plan;
use crate::ruleset::Ruleset;
use jiff::civil::Date;
use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

/// The files saved so far in this process, for the goodbye line on Ctrl-C (or SIGTERM,
/// SIGHUP). Its lock is held for the whole of a write, and a file is added before the lock
/// is let go, so whoever takes it (the signal watcher, before it ends the process) finds
/// no file half written, no temporary file left, and every file written in the list.
pub(super) static SAVED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A file written by [`write_private`].
#[derive(Debug)]
#[must_use]
pub struct Written {
    /// The temporary file that could not be removed once the file was saved, and why. The
    /// save itself succeeded: this is only worth a warning.
    pub leftover: Option<(PathBuf, io::Error)>,
}

impl Written {
    /// What to tell the person about a temporary file left behind, if any, in `lang`.
    pub fn warning(&self, lang: &str) -> Option<String> {
        self.leftover.as_ref().map(|(tmp, e)| {
            crate::ui::sentence(
                &crate::reason::Reason::new("save-leftover")
                    .with("file", tmp.display().to_string())
                    .with("error", e.to_string()),
                lang,
            )
        })
    }
}

/// What to save, and where files go by default.
pub struct Request<'a> {
    pub ruleset: &'a Ruleset,
    pub answers: &'a Answers,
    pub plan: &'a Plan,
    pub today: Date,
    /// "finished" or "unfinished".
    pub progress: &'a str,
    pub dir: &'a Path,
    /// The file the session was resumed from, offered first.
    pub suggested: Option<PathBuf>,
    /// The handout saved just before, if any.
    pub handout: Option<&'a Path>,
    /// The language the person reads.
    pub lang: &'a str,
}

/// `requal-session-2026-11-22.toml` in `dir`, or `-2`, `-3`… when that file exists.
pub fn default_file_name(dir: &Path, today: Date) -> PathBuf {
    free_name(dir, &format!("requal-session-{today}"), "toml")
}

/// `requal-plan-2026-11-22.html` in `dir`, or `-2`, `-3`… when that file exists.
pub fn default_handout_name(dir: &Path, today: Date) -> PathBuf {
    free_name(dir, &format!("requal-plan-{today}"), "html")
}

fn free_name(dir: &Path, base: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{base}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..1000).map(|n| dir.join(format!("{base}-{n}.{ext}"))).find(|p| !p.exists()).unwrap_or(first)
}

/// The text of a saved session.
pub fn file_contents(req: &Request<'_>) -> String {
    let r = req.ruleset;
    let session = Session {
        ruleset: r.meta.name.clone(),
        version: r.meta.version.clone(),
        hash: r.hash.clone(),
        saved: req.today.to_string(),
        progress: Some(req.progress.to_owned()),
        plan: super::summary(req.plan),
        done: req.answers.done_steps().cloned().collect(),
    };
    session_text(r, req.answers, &session)
}

/// The text of a session file: the privacy note, the answers, then the `[session]` table.
pub fn session_text(r: &Ruleset, answers: &Answers, session: &Session) -> String {
    let mut s = String::from(
        "# This file holds personal information: one person's answers about their profession,\n\
         # immigration status and English tests. Keep it private, and delete it when it is no longer needed.\n\
         # Saved by requal. Open it again with: requal advise --resume <this file>\n\n",
    );
    s.push_str(&crate::answers::to_toml(answers, None, r));
    // Through a struct, not a table, so the keys keep their order (the long plan list last).
    #[derive(serde::Serialize)]
    struct File<'a> {
        session: &'a Session,
    }
    s.push('\n');
    s.push_str(&toml::to_string_pretty(&File { session }).unwrap_or_default());
    s
}

/// Writes `contents` to `path` through a temporary file in the same folder, readable and
/// writable by the owner only. With `replace` false an existing file is never touched
/// (`AlreadyExists`). The file is added to [`SAVED`] before the lock is let go. The
/// temporary file is removed on every path; if only that removal fails, the save stands and
/// [`Written::leftover`] says so.
pub fn write_private(path: &Path, contents: &str, replace: bool) -> io::Result<Written> {
    let mut saved = SAVED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "that is a folder, not a file name"))?;
    let name = name.to_string_lossy();
    remove_stale_temps(dir, &name);
    #[cfg(target_os = "linux")]
    if let Some(done) = unnamed::write(dir, contents, path, replace, &name) {
        done?;
        saved.push(path.to_path_buf());
        return Ok(Written { leftover: None });
    }
    let (tmp, file) = create_temp(dir, &mut || temp_name(&name))?;
    // From here on the temporary file is ours, and removed whatever happens.
    let leftover = match move_into_place(file, contents, &tmp, path, replace) {
        Ok(Moved::Renamed) => None,
        Ok(Moved::Linked) => match fs::remove_file(&tmp) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Some((tmp, e)),
            _ => None,
        },
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    };
    saved.push(path.to_path_buf());
    Ok(Written { leftover })
}

/// How the temporary file became the saved file.
enum Moved {
    /// Renamed: the temporary file is gone.
    Renamed,
    /// Hard-linked: the temporary file is still there, to remove.
    Linked,
}

fn move_into_place(mut file: fs::File, contents: &str, tmp: &Path, path: &Path, replace: bool) -> io::Result<Moved> {
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    drop(file);
    if replace {
        return fs::rename(tmp, path).map(|()| Moved::Renamed);
    }
    // A hard link fails if the target exists, so nothing is overwritten even in a race.
    match fs::hard_link(tmp, path) {
        Ok(()) => Ok(Moved::Linked),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if path.exists() => Err(io::Error::new(io::ErrorKind::AlreadyExists, "the file exists")),
        // No hard links on this file system.
        Err(_) => fs::rename(tmp, path).map(|()| Moved::Renamed),
    }
}

/// Removes temporary files for `name` left in `dir` by runs that were killed mid-save: their
/// process is gone. Best effort; a file that cannot be removed is left alone.
fn remove_stale_temps(dir: &Path, name: &str) {
    let short: String = name.chars().take(64).collect();
    let prefix = format!(".{short}.");
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)).and_then(|f| f.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = i32::try_from(pid) else { return false };
    // Signal 0 checks that the process exists without touching it.
    !matches!(nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None), Err(nix::errno::Errno::ESRCH))
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// Writing through a file with no name until it is complete (Linux `O_TMPFILE`).
#[cfg(target_os = "linux")]
mod unnamed {
    use super::{Path, io, temp_name};
    use nix::fcntl::{OFlag, open};
    use nix::sys::stat::Mode;
    use nix::unistd::{LinkatFlags, close, fsync, linkat};

    /// Writes `contents` and gives the file the name `path`; `None` when this file system
    /// has no unnamed files, so the caller falls back to a named temporary file.
    pub(super) fn write(dir: &Path, contents: &str, path: &Path, replace: bool, name: &str) -> Option<io::Result<()>> {
        let fd = match open(dir, OFlag::O_TMPFILE | OFlag::O_WRONLY | OFlag::O_CLOEXEC, Mode::from_bits_truncate(0o600))
        {
            Ok(fd) => fd,
            Err(nix::errno::Errno::EOPNOTSUPP | nix::errno::Errno::EISDIR | nix::errno::Errno::EINVAL) => return None,
            Err(e) => return Some(Err(io::Error::from(e))),
        };
        let result = fill_and_link(fd, dir, contents, path, replace, name);
        let _ = close(fd);
        Some(result)
    }

    fn fill_and_link(fd: i32, dir: &Path, contents: &str, path: &Path, replace: bool, name: &str) -> io::Result<()> {
        let mut rest = contents.as_bytes();
        while !rest.is_empty() {
            let n = nix::unistd::write(fd, rest).map_err(io::Error::from)?;
            rest = &rest[n..];
        }
        fsync(fd).map_err(io::Error::from)?;
        pause_for_tests();
        let this = format!("/proc/self/fd/{fd}");
        if !replace {
            // A link fails if the target exists, so nothing is overwritten even in a race.
            return linkat(None, Path::new(&this), None, path, LinkatFlags::SymlinkFollow).map_err(|e| match e {
                nix::errno::Errno::EEXIST => io::Error::new(io::ErrorKind::AlreadyExists, "the file exists"),
                e => io::Error::from(e),
            });
        }
        // Replacing: name the complete file, then rename it over the old one.
        let tmp = dir.join(temp_name(name));
        linkat(None, Path::new(&this), None, tmp.as_path(), LinkatFlags::SymlinkFollow).map_err(io::Error::from)?;
        std::fs::rename(&tmp, path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }

    /// `REQUAL_TEST_SAVE_PAUSE_MS`: waits after writing, before the file is named, so a test
    /// can kill the process mid-save. Unset in normal use.
    fn pause_for_tests() {
        if let Some(ms) = std::env::var("REQUAL_TEST_SAVE_PAUSE_MS").ok().and_then(|v| v.parse().ok()) {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
    }
}

/// How many names [`create_temp`] tries before it gives up.
const TEMP_TRIES: usize = 8;

/// A hidden temporary name for `name`, unique to this process, this moment and this call:
/// the process id alone is often the same from one run to the next in a container, and a
/// file left by a run that was killed must not stop the next save.
pub(super) fn temp_name(name: &str) -> String {
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let count = COUNT.fetch_add(1, Ordering::Relaxed);
    // Short enough that a long chosen name still leaves room (file names are at most 255 bytes).
    let short: String = name.chars().take(64).collect();
    format!(".{short}.{}-{nanos}-{count}.tmp", std::process::id())
}

/// Creates a new file, owner-only, in `dir` under the first name from `next_name` that is
/// not taken (at most [`TEMP_TRIES`] names). Never opens an existing file.
pub(super) fn create_temp(dir: &Path, next_name: &mut dyn FnMut() -> String) -> io::Result<(PathBuf, fs::File)> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let cannot =
        |e: io::Error| io::Error::new(e.kind(), format!("could not make a temporary file in {}: {e}", dir.display()));
    for _ in 0..TEMP_TRIES {
        let tmp = dir.join(next_name());
        match options.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(cannot(e)),
        }
    }
    Err(io::Error::other(format!(
        "could not make a temporary file in {}: {TEMP_TRIES} names tried were all taken",
        dir.display()
    )))
}

/// Offers to save the session; asks for a file name (default in the current folder), asks
/// before replacing a file. Returns the file written, if any.
pub fn offer_save(p: &mut dyn Prompter, req: &Request<'_>, question: &str) -> io::Result<Option<PathBuf>> {
    session_file(p, req, Some(question))
}

/// Saves the session, the person having already chosen to: asks for a file name as
/// [`offer_save`] does.
pub fn save_session(p: &mut dyn Prompter, req: &Request<'_>) -> io::Result<Option<PathBuf>> {
    session_file(p, req, None)
}

/// Asks `question` first, when there is one.
fn session_file(p: &mut dyn Prompter, req: &Request<'_>, question: Option<&str>) -> io::Result<Option<PathBuf>> {
    let w = |id| crate::ui::word(id, req.lang);
    let saved_handout = req.handout.is_some();
    let offer = Offer {
        question,
        yes: w("interview-save-it"),
        no: w("interview-do-not-save"),
        declined: if saved_handout { w("save-handout-only") } else { w("interview-nothing-saved") },
        contents: file_contents(req),
        dir: req.dir,
        first: req.suggested.clone().unwrap_or_else(|| default_file_name(req.dir, req.today)),
        next: &|| default_file_name(req.dir, req.today),
        lang: req.lang,
        saved: &|path| {
            crate::ui::sentence(
                &crate::reason::Reason::new("save-saved-to").with("file", path.display().to_string()),
                req.lang,
            )
        },
    };
    offer_file(p, &offer)
}

/// Offers a handout: the plan as a web page to print or keep, `requal-plan-DATE.html` in the
/// current folder by default. Returns the file written, if any.
pub fn offer_handout(
    p: &mut dyn Prompter,
    plan: &Plan,
    english: Option<&Plan>,
    lang: &str,
    dir: &Path,
    today: Date,
) -> io::Result<Option<PathBuf>> {
    let w = |id| crate::ui::word(id, lang);
    let offer = Offer {
        question: Some(w("save-handout-question")),
        yes: w("save-handout-yes"),
        no: w("save-handout-no"),
        declined: w("save-handout-declined"),
        contents: crate::render::html_beside(plan, english, lang, crate::render::Detail::Full),
        dir,
        first: default_handout_name(dir, today),
        next: &|| default_handout_name(dir, today),
        lang,
        saved: &|path| {
            crate::ui::sentence(
                &crate::reason::Reason::new("save-handout-saved").with("file", path.display().to_string()),
                lang,
            )
        },
    };
    offer_file(p, &offer)
}

/// A file the person may choose to save.
struct Offer<'a> {
    /// Whether to save; `None` when the person has chosen already.
    question: Option<&'a str>,
    yes: &'a str,
    no: &'a str,
    /// Said when nothing is written.
    declined: &'a str,
    contents: String,
    dir: &'a Path,
    /// The name offered first.
    first: PathBuf,
    /// A free name, offered when the chosen one is taken.
    next: &'a dyn Fn() -> PathBuf,
    /// Said once the file is written.
    saved: &'a dyn Fn(&Path) -> String,
    /// The language the person reads.
    lang: &'a str,
}

/// Asks whether to save (unless chosen already), then for a file name (default in `dir`),
/// asks before replacing a file, and writes it privately. Returns the file written, if any.
fn offer_file(p: &mut dyn Prompter, offer: &Offer<'_>) -> io::Result<Option<PathBuf>> {
    let w = |id| crate::ui::word(id, offer.lang);
    let say = |r: crate::reason::Reason| crate::ui::sentence(&r, offer.lang);
    let items = [offer.yes.to_owned(), offer.no.to_owned()];
    if let Some(question) = offer.question
        && p.choose(question, &items, 0)? != Some(0)
    {
        p.say(offer.declined);
        return Ok(None);
    }
    let mut default = offer.first.clone();
    loop {
        let shown =
            default.strip_prefix(offer.dir).map_or_else(|_| default.display().to_string(), |p| p.display().to_string());
        let typed = p.text(w("save-file-name"), &shown)?;
        let typed = typed.trim();
        if typed.eq_ignore_ascii_case(w("save-cancel-word")) || typed.eq_ignore_ascii_case("cancel") {
            p.say(offer.declined);
            return Ok(None);
        }
        let path = if typed.is_empty() { default.clone() } else { offer.dir.join(typed) };
        let mut replace = false;
        if path.exists() {
            let items =
                [w("save-choose-another").to_owned(), w("save-replace").to_owned(), w("save-do-not-save").to_owned()];
            let question = say(crate::reason::Reason::new("save-exists").with("file", path.display().to_string()));
            match p.choose(&question, &items, 0)? {
                Some(1) => replace = true,
                Some(0) => {
                    default = (offer.next)();
                    continue;
                }
                _ => {
                    p.say(offer.declined);
                    return Ok(None);
                }
            }
        }
        match write_private(&path, &offer.contents, replace) {
            Ok(written) => {
                p.say(&(offer.saved)(&path));
                if let Some(warning) = written.warning(offer.lang) {
                    p.say(&warning);
                }
                return Ok(Some(path));
            }
            Err(e) => {
                p.say(&say(crate::reason::Reason::new("save-could-not")
                    .with("file", path.display().to_string())
                    .with("error", why_not_saved(&e, offer.lang))));
                let items = [w("save-try-another").to_owned(), w("save-do-not-save").to_owned()];
                if p.choose(w("save-what-now"), &items, 0)? != Some(0) {
                    p.say(offer.declined);
                    return Ok(None);
                }
            }
        }
    }
}

/// Why a save failed, in the person's words where the cause is a common one; the system's
/// own message otherwise.
fn why_not_saved(e: &io::Error, lang: &str) -> String {
    let id = match e.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => "save-error-permission",
        io::ErrorKind::NotFound => "save-error-no-folder",
        io::ErrorKind::AlreadyExists => "save-error-exists",
        io::ErrorKind::InvalidInput | io::ErrorKind::IsADirectory => "save-error-folder",
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "save-error-full",
        _ => return e.to_string(),
    };
    crate::ui::word(id, lang).to_owned()
}
