//! A small document printer with the layout rules of prettier (which
//! oxfmt, postgres-meta's formatter, follows): groups print flat when they
//! fit in the width, else broken; a group that must break breaks its
//! enclosing groups too.

/// A document to lay out.
#[derive(Debug, Clone)]
pub enum Doc {
    Text(String),
    /// A space when flat, a newline when broken.
    Line,
    /// Nothing when flat, a newline when broken.
    SoftLine,
    Concat(Vec<Doc>),
    Indent(Vec<Doc>),
    Group(Vec<Doc>, bool),
    /// (broken, flat)
    IfBreak(Vec<Doc>, Vec<Doc>),
}

pub fn text(s: impl Into<String>) -> Doc {
    Doc::Text(s.into())
}

pub fn join(docs: Vec<Doc>, sep: &[Doc]) -> Vec<Doc> {
    let mut out = Vec::new();
    for (i, d) in docs.into_iter().enumerate() {
        if i > 0 {
            out.extend(sep.iter().cloned());
        }
        out.push(d);
    }
    out
}

/// Marks every group that holds a group that must break as broken.
fn propagate(doc: &mut Doc) -> bool {
    match doc {
        Doc::Text(_) | Doc::Line | Doc::SoftLine => false,
        Doc::Concat(d) | Doc::Indent(d) => d.iter_mut().fold(false, |b, d| propagate(d) | b),
        Doc::IfBreak(a, b) => {
            let x = a.iter_mut().fold(false, |b, d| propagate(d) | b);
            let y = b.iter_mut().fold(false, |b, d| propagate(d) | b);
            x | y
        }
        Doc::Group(d, brk) => {
            let inner = d.iter_mut().fold(false, |b, d| propagate(d) | b);
            *brk |= inner;
            *brk
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Flat,
    Break,
}

type Cmd<'a> = (usize, Mode, &'a Doc);

fn fits(next: Cmd<'_>, rest: &[Cmd<'_>], mut width: isize) -> bool {
    let mut stack = vec![next];
    let mut rest_idx = rest.len();
    loop {
        let (ind, mode, doc) = match stack.pop() {
            Some(c) => c,
            None => {
                if rest_idx == 0 {
                    return true;
                }
                rest_idx -= 1;
                rest[rest_idx]
            }
        };
        match doc {
            Doc::Text(s) => {
                width -= s.chars().count() as isize;
                if width < 0 {
                    return false;
                }
            }
            Doc::Line => {
                if mode == Mode::Break {
                    return true;
                }
                width -= 1;
                if width < 0 {
                    return false;
                }
            }
            Doc::SoftLine => {
                if mode == Mode::Break {
                    return true;
                }
            }
            Doc::Concat(d) | Doc::Indent(d) => {
                stack.extend(d.iter().rev().map(|d| (ind, mode, d)));
            }
            Doc::Group(d, brk) => {
                let m = if *brk { Mode::Break } else { mode };
                stack.extend(d.iter().rev().map(|d| (ind, m, d)));
            }
            Doc::IfBreak(b, f) => {
                let d = if mode == Mode::Break { b } else { f };
                stack.extend(d.iter().rev().map(|d| (ind, mode, d)));
            }
        }
    }
}

/// Lays `doc` out in `width` columns.
pub fn print(mut doc: Doc, width: usize) -> String {
    propagate(&mut doc);
    let mut out = String::new();
    let mut pos = 0usize;
    let mut stack: Vec<Cmd<'_>> = vec![(0, Mode::Break, &doc)];
    while let Some((ind, mode, d)) = stack.pop() {
        match d {
            Doc::Text(s) => {
                out.push_str(s);
                pos += s.chars().count();
            }
            Doc::Line | Doc::SoftLine => {
                if mode == Mode::Flat {
                    if matches!(d, Doc::Line) {
                        out.push(' ');
                        pos += 1;
                    }
                } else {
                    let trimmed = out.trim_end_matches([' ', '\t']).len();
                    out.truncate(trimmed);
                    out.push('\n');
                    out.push_str(&" ".repeat(ind));
                    pos = ind;
                }
            }
            Doc::Concat(ds) => stack.extend(ds.iter().rev().map(|x| (ind, mode, x))),
            Doc::Indent(ds) => stack.extend(ds.iter().rev().map(|x| (ind + 2, mode, x))),
            Doc::Group(ds, brk) => {
                let m = if *brk {
                    Mode::Break
                } else if mode == Mode::Flat {
                    Mode::Flat
                } else {
                    let rem = width as isize - pos as isize;
                    if fits((ind, Mode::Flat, d), &stack, rem) {
                        Mode::Flat
                    } else {
                        Mode::Break
                    }
                };
                stack.extend(ds.iter().rev().map(|x| (ind, m, x)));
            }
            Doc::IfBreak(b, f) => {
                let ds = if mode == Mode::Break { b } else { f };
                stack.extend(ds.iter().rev().map(|x| (ind, mode, x)));
            }
        }
    }
    out
}
