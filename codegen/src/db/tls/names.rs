//! libpq's host name check on a DER certificate.

use std::net::IpAddr;

/// A DER element: tag, contents, what follows.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |l, &b| (l << 8) | b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

fn elements(mut input: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    std::iter::from_fn(move || {
        let (tag, value, rest) = element(input)?;
        input = rest;
        Some((tag, value))
    })
}

const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
const SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

/// The subject alternative names (tag and value; dNSName: 0x82,
/// iPAddress: 0x87) and the first common name.
type Names = (Vec<(u8, Vec<u8>)>, Option<Vec<u8>>);

/// A certificate's [`Names`].
pub(super) fn read(der: &[u8]) -> Option<Names> {
    let (_, cert, _) = element(der)?;
    let (_, tbs, _) = element(cert)?;
    let mut fields = elements(tbs).peekable();
    if fields.peek()?.0 == 0xa0 {
        fields.next();
    }
    // serial, signature, issuer, validity, subject
    let subject = fields.nth(4)?.1;
    let common_name = elements(subject)
        .flat_map(|(_, set)| elements(set))
        .find_map(|(_, attr)| {
            let mut parts = elements(attr);
            let (_, oid) = parts.next()?;
            let (_, value) = parts.next()?;
            (oid == COMMON_NAME).then(|| value.to_vec())
        });
    let mut sans = Vec::new();
    for (tag, value) in fields {
        if tag != 0xa3 {
            continue;
        }
        let (_, list, _) = element(value)?;
        for (_, ext) in elements(list) {
            let mut parts = elements(ext);
            let (_, oid) = parts.next()?;
            if oid != SUBJECT_ALT_NAME {
                continue;
            }
            let octets = parts.find(|(t, _)| *t == 0x04)?.1;
            let (_, names, _) = element(octets)?;
            sans.extend(elements(names).map(|(t, v)| (t, v.to_vec())));
        }
    }
    Some((sans, common_name))
}

/// libpq's `pq_verify_peer_name_matches_certificate_name`: case-blind,
/// a leading `*.` stands for one label.
fn name_matches(host: &str, name: &[u8]) -> Result<bool, String> {
    if name.contains(&0) {
        return Err("the server certificate has a name with an embedded NUL".into());
    }
    let host = host.as_bytes();
    if name.len() >= 3 && name.starts_with(b"*.") {
        if name.len() > host.len() {
            return Ok(false);
        }
        let tail = &host[host.len() - name.len() + 1..];
        let first_dot = host.iter().position(|&b| b == b'.').unwrap_or(host.len());
        return Ok(tail.eq_ignore_ascii_case(&name[1..]) && first_dot >= host.len() - name.len());
    }
    Ok(host.eq_ignore_ascii_case(name))
}

fn ip_matches(host: &str, octets: &[u8]) -> bool {
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) => octets == a.octets(),
        Ok(IpAddr::V6(a)) => octets == a.octets(),
        Err(_) => false,
    }
}

fn shown(tag: u8, value: &[u8]) -> String {
    match (tag, value.len()) {
        (0x87, 4) => IpAddr::from(<[u8; 4]>::try_from(value).unwrap()).to_string(),
        (0x87, 16) => IpAddr::from(<[u8; 16]>::try_from(value).unwrap()).to_string(),
        _ => String::from_utf8_lossy(value).into_owned(),
    }
}

/// `Ok` when `host` is one of the certificate's names; the error is
/// libpq's sentence.
pub(super) fn verify(host: &str, der: &[u8]) -> Result<(), String> {
    let (sans, common_name) = read(der).ok_or("the server certificate's names do not parse")?;
    let host_tag = if host.parse::<IpAddr>().is_ok() {
        0x87
    } else {
        0x82
    };
    let mut check_cn = true;
    let mut examined = Vec::new();
    for (tag, value) in &sans {
        if *tag == host_tag {
            check_cn = false;
        }
        let matched = match tag {
            0x82 => name_matches(host, value)?,
            0x87 => ip_matches(host, value),
            _ => continue,
        };
        if matched {
            return Ok(());
        }
        examined.push(shown(*tag, value));
    }
    if check_cn {
        if let Some(cn) = &common_name {
            if name_matches(host, cn)? {
                return Ok(());
            }
            examined.push(shown(0x82, cn));
        }
    }
    match examined.split_first() {
        None => Err("could not get the server's host name from its certificate".into()),
        Some((first, [])) => Err(format!(
            "server certificate for \"{first}\" does not match host name \"{host}\""
        )),
        Some((first, others)) => Err(format!(
            "server certificate for \"{first}\" (and {} other name{}) does not match host name \"{host}\"",
            others.len(),
            if others.len() == 1 { "" } else { "s" }
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::name_matches;

    #[test]
    fn wildcards_match_one_label_as_libpq() {
        for (host, name, expected) in [
            ("db.example.com", "*.example.com", true),
            ("DB.Example.com", "*.example.COM", true),
            ("a.db.example.com", "*.example.com", false),
            ("example.com", "*.example.com", false),
            ("db.example.com", "db.example.com", true),
            ("db.example.com", "other.example.com", false),
        ] {
            assert_eq!(
                name_matches(host, name.as_bytes()),
                Ok(expected),
                "{host} {name}"
            );
        }
    }
}
