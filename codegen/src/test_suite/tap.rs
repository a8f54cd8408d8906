//! A TAP parser with TAP::Harness's verdict (what `prove` and `pg_prove`
//! decide for one test file): the plan, `ok`/`not ok` lines with their
//! `# SKIP`/`# TODO` directives, `#` diagnostics, `Bail out!`, and the file
//! problems that fail it even when every assertion passed.

/// A `# SKIP` or `# TODO` directive of an assertion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    Skip(String),
    Todo(String),
}

/// One `ok`/`not ok` line and the `#` lines after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assertion {
    pub number: u32,
    pub ok: bool,
    pub description: String,
    pub directive: Option<Directive>,
    pub diagnostics: Vec<String>,
}

impl Assertion {
    /// A failure that counts: `not ok` without `# TODO`.
    pub fn failed(&self) -> bool {
        !self.ok && !matches!(self.directive, Some(Directive::Todo(_)))
    }
}

/// The `1..N` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub count: u32,
    /// `1..0 # SKIP reason`: the whole file is skipped.
    pub skip_all: Option<String>,
}

/// What a test file printed, parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tap {
    pub plan: Option<Plan>,
    pub assertions: Vec<Assertion>,
    /// `Bail out!` and its reason: the run stops.
    pub bail_out: Option<String>,
    /// Problems of the stream itself (a second plan, a plan in the middle,
    /// numbers out of sequence), in TAP::Parser's words.
    pub parse_errors: Vec<String>,
    /// `#` lines before the first assertion (and after a plan at the end).
    pub comments: Vec<String>,
}

/// Parses the TAP a file printed (psql's output of its queries).
pub fn parse(output: &str) -> Tap {
    let mut tap = Tap::default();
    let mut plan_line: Option<usize> = None;
    let mut tests_after_plan = false;
    for line in output.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if tap.bail_out.is_some() {
            break;
        }
        if let Some(rest) = line.strip_prefix("1..") {
            let (count, directive) = match rest.split_once('#') {
                Some((c, d)) => (c.trim(), Some(d.trim())),
                None => (rest.trim(), None),
            };
            if let Ok(count) = count.parse::<u32>() {
                if tap.plan.is_some() {
                    tap.parse_errors
                        .push("More than one plan found in TAP output".into());
                    continue;
                }
                let skip_all = directive
                    .filter(|_| count == 0)
                    .and_then(|d| strip_keyword(d, "SKIP"))
                    .map(str::to_owned)
                    .or_else(|| (count == 0).then(String::new));
                tap.plan = Some(Plan { count, skip_all });
                plan_line = Some(tap.assertions.len());
                continue;
            }
        }
        if let Some(reason) = line.strip_prefix("Bail out!") {
            tap.bail_out = Some(reason.trim().to_owned());
            continue;
        }
        if let Some(a) = assertion(line, tap.assertions.len() as u32 + 1) {
            let expected = tap.assertions.len() as u32 + 1;
            if a.number != expected {
                tap.parse_errors.push(format!(
                    "Tests out of sequence.  Found ({}) but expected ({expected})",
                    a.number
                ));
            }
            if let Some(at) = plan_line {
                if at > 0 && !tests_after_plan {
                    tests_after_plan = true;
                    let count = tap.plan.as_ref().map_or(0, |p| p.count);
                    tap.parse_errors.push(format!(
                        "Plan (1..{count}) must be at the beginning or end of the TAP output"
                    ));
                }
            }
            tap.assertions.push(a);
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let text = comment.strip_prefix(' ').unwrap_or(comment).to_owned();
            let run = tap.assertions.len();
            match tap.assertions.last_mut() {
                Some(last) if plan_line.is_none_or(|p| p < run) => last.diagnostics.push(text),
                _ => tap.comments.push(text),
            }
        }
        // Anything else (a row some query printed, a blank line) is not
        // TAP: ignored, as TAP::Parser ignores unknown lines.
    }
    tap
}

/// `ok 3 - description # SKIP why` (the number is optional).
fn assertion(line: &str, next: u32) -> Option<Assertion> {
    let (ok, rest) = if let Some(r) = line.strip_prefix("not ok") {
        (false, r)
    } else if let Some(r) = line.strip_prefix("ok") {
        (true, r)
    } else {
        return None;
    };
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t')) {
        return None;
    }
    let rest = rest.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, rest) = if digits > 0 {
        (rest[..digits].parse().unwrap_or(next), &rest[digits..])
    } else {
        (next, rest)
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("- ").unwrap_or(rest);
    // The directive starts at the first `#` not escaped with a backslash.
    let bytes = rest.as_bytes();
    let hash = (0..bytes.len()).find(|&i| bytes[i] == b'#' && (i == 0 || bytes[i - 1] != b'\\'));
    let (description, directive) = match hash {
        Some(i) => {
            let d = rest[i + 1..].trim();
            let directive = strip_keyword(d, "SKIP")
                .map(|r| Directive::Skip(r.to_owned()))
                .or_else(|| strip_keyword(d, "TODO").map(|r| Directive::Todo(r.to_owned())));
            match directive {
                Some(d) => (rest[..i].trim_end(), Some(d)),
                None => (rest, None),
            }
        }
        None => (rest, None),
    };
    Some(Assertion {
        number,
        ok,
        description: description.replace("\\#", "#").replace("\\\\", "\\"),
        directive,
        diagnostics: Vec::new(),
    })
}

/// `SKIP reason` / `skipped: reason` / `TODO reason` (case-insensitive,
/// any word starting with the keyword): the reason.
fn strip_keyword<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let head = text.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = &text[keyword.len()..];
    let rest = rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == ':');
    Some(rest.trim())
}

/// TAP::Harness's verdict on one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Numbers of the assertions that failed (`not ok` without TODO).
    pub failed: Vec<u32>,
    /// `ok` assertions marked TODO (passed unexpectedly: not a failure).
    pub todo_passed: Vec<u32>,
    /// What fails the file beyond its assertions: no plan, a bad plan, a
    /// non-zero exit, a bail out, a broken stream.
    pub errors: Vec<String>,
    /// The file was skipped as a whole (`1..0 # SKIP`).
    pub skipped_all: Option<String>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.failed.is_empty() && self.errors.is_empty()
    }
}

impl Tap {
    /// The verdict, given how the process exited (`None`: killed by a signal).
    pub fn verdict(&self, exit: Option<i32>) -> Verdict {
        let mut errors = self.parse_errors.clone();
        let run = self.assertions.len() as u32;
        match &self.plan {
            None => errors.push("No plan found in TAP output".into()),
            Some(p) if p.count != run => errors.push(format!(
                "Bad plan.  You planned {} tests but ran {run}.",
                p.count
            )),
            Some(_) => {}
        }
        if let Some(reason) = &self.bail_out {
            errors.push(if reason.is_empty() {
                "Bail out!".to_owned()
            } else {
                format!("Bail out!  {reason}")
            });
        }
        match exit {
            Some(0) => {}
            Some(code) => errors.push(format!(
                "Dubious, test returned {code} (wstat {}, 0x{:x})",
                code << 8,
                code << 8
            )),
            None => errors.push("Dubious, test was killed by a signal".into()),
        }
        Verdict {
            failed: self
                .assertions
                .iter()
                .filter(|a| a.failed())
                .map(|a| a.number)
                .collect(),
            todo_passed: self
                .assertions
                .iter()
                .filter(|a| a.ok && matches!(a.directive, Some(Directive::Todo(_))))
                .map(|a| a.number)
                .collect(),
            errors,
            skipped_all: self.plan.as_ref().and_then(|p| p.skip_all.clone()),
        }
    }
}
