//! Query strings, urlencoded forms and multipart bodies, parsed leniently but never panicking:
//! a malformed input is an `Err` that the caller turns into the API's error envelope.

/// One field of a query, a form or a multipart body.
#[derive(Clone, Debug)]
pub(crate) struct Part {
    pub(crate) name: String,
    pub(crate) filename: Option<String>,
    pub(crate) data: Vec<u8>,
}

/// The fields of a request (query or body), in order of appearance.
#[derive(Clone, Debug, Default)]
pub(crate) struct Fields {
    pub(crate) parts: Vec<Part>,
}

impl Fields {
    /// First text value of `name`; an empty value counts as absent, like PHP's `empty()`.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.parts
            .iter()
            .filter(|p| p.name == name)
            .filter_map(|p| std::str::from_utf8(&p.data).ok())
            .map(str::trim)
            .find(|v| !v.is_empty())
    }

    /// All values of `name` split on commas, so `id=1,2&id=3` gives 1, 2 and 3.
    pub(crate) fn list(&self, name: &str) -> Vec<String> {
        self.parts
            .iter()
            .filter(|p| p.name == name)
            .filter_map(|p| std::str::from_utf8(&p.data).ok())
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Bytes of `name`: a file part, or a plain field holding the bytes (kartaview-tools sends
    /// the 2.0 `payload` that way).
    pub(crate) fn bytes(&self, name: &str) -> Option<&[u8]> {
        let mut candidates = self.parts.iter().filter(|p| p.name == name);
        let first = candidates.clone().find(|p| p.filename.is_some());
        first
            .or_else(|| candidates.find(|p| !p.data.is_empty()))
            .map(|p| p.data.as_slice())
    }

    #[cfg(test)]
    pub(crate) fn filename(&self, name: &str) -> Option<&str> {
        self.parts
            .iter()
            .find(|p| p.name == name && p.filename.is_some())
            .and_then(|p| p.filename.as_deref())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Malformed;

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn percent_decode(s: &[u8]) -> Result<Vec<u8>, Malformed> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = s.get(i + 1).copied().and_then(hex_val).ok_or(Malformed)?;
                let lo = s.get(i + 2).copied().and_then(hex_val).ok_or(Malformed)?;
                out.push((hi << 4) | lo);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    Ok(out)
}

/// `a=1&b=x%20y`; names must be UTF-8, values may be bytes.
pub(crate) fn parse_urlencoded(input: &[u8]) -> Result<Fields, Malformed> {
    let mut fields = Fields::default();
    for pair in input.split(|&b| b == b'&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = match pair.iter().position(|&b| b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &[][..]),
        };
        let name = String::from_utf8(percent_decode(k)?).map_err(|_| Malformed)?;
        fields.parts.push(Part {
            name,
            filename: None,
            data: percent_decode(v)?,
        });
    }
    Ok(fields)
}

/// The `boundary` parameter of a `multipart/form-data` content type.
pub(crate) fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("boundary") {
            let v = v.trim().trim_matches('"');
            (!v.is_empty() && v.len() <= 200).then(|| v.to_string())
        } else {
            None
        }
    })
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from > haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Value of a `key="value"` (or unquoted) parameter of a header such as Content-Disposition.
fn header_param(header: &str, key: &str) -> Option<String> {
    header.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(key)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// A `multipart/form-data` body (RFC 7578). Parts without a name are skipped.
pub(crate) fn parse_multipart(body: &[u8], boundary: &str) -> Result<Fields, Malformed> {
    let delim = format!("--{boundary}").into_bytes();
    let mut fields = Fields::default();
    let mut pos = find(body, &delim, 0).ok_or(Malformed)? + delim.len();
    loop {
        if body.get(pos..pos + 2) == Some(b"--") {
            return Ok(fields);
        }
        // Line break after the delimiter (tolerate a bare LF).
        if body.get(pos..pos + 2) == Some(b"\r\n") {
            pos += 2;
        } else if body.get(pos) == Some(&b'\n') {
            pos += 1;
        } else {
            return Err(Malformed);
        }
        let (head_end, sep_len) = match find(body, b"\r\n\r\n", pos) {
            Some(i) => (i, 4),
            None => (find(body, b"\n\n", pos).ok_or(Malformed)?, 2),
        };
        let head = std::str::from_utf8(&body[pos..head_end]).map_err(|_| Malformed)?;
        let data_start = head_end + sep_len;
        let mut closing = b"\r\n".to_vec();
        closing.extend_from_slice(&delim);
        let data_end = find(body, &closing, data_start).ok_or(Malformed)?;
        let mut name = None;
        let mut filename = None;
        for line in head.lines() {
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            if k.trim().eq_ignore_ascii_case("content-disposition") {
                name = header_param(v, "name");
                filename = header_param(v, "filename");
            }
        }
        if let Some(name) = name {
            fields.parts.push(Part {
                name,
                filename,
                data: body[data_start..data_end].to_vec(),
            });
        }
        pos = data_end + closing.len();
    }
}

/// The fields of a request body, by its content type: multipart, urlencoded, or none.
pub(crate) fn parse_body(content_type: Option<&str>, body: &[u8]) -> Result<Fields, Malformed> {
    let ct = content_type.unwrap_or("").trim();
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "multipart/form-data" {
        let b = boundary(ct).ok_or(Malformed)?;
        return parse_multipart(body, &b);
    }
    if body.is_empty() {
        return Ok(Fields::default());
    }
    if essence == "application/json" {
        return parse_json_object(body);
    }
    parse_urlencoded(body)
}

/// A flat JSON object body as fields (some clients post JSON); nested values become JSON text.
fn parse_json_object(body: &[u8]) -> Result<Fields, Malformed> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|_| Malformed)?;
    let obj = value.as_object().ok_or(Malformed)?;
    let parts = obj
        .iter()
        .map(|(k, v)| Part {
            name: k.clone(),
            filename: None,
            data: match v {
                serde_json::Value::String(s) => s.clone().into_bytes(),
                serde_json::Value::Null => Vec::new(),
                other => other.to_string().into_bytes(),
            },
        })
        .collect();
    Ok(Fields { parts })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencoded_decodes_and_rejects_bad_escapes() {
        let f = parse_urlencoded(b"a=1&b=x%20y+z&id=1,2&id=3&empty=&flag").unwrap();
        assert_eq!(f.get("a"), Some("1"));
        assert_eq!(f.get("b"), Some("x y z"));
        assert_eq!(f.list("id"), ["1", "2", "3"]);
        assert_eq!(f.get("empty"), None);
        assert_eq!(f.get("flag"), None);
        assert_eq!(parse_urlencoded(b"a=%zz").unwrap_err(), Malformed);
        assert_eq!(parse_urlencoded(b"a=%4").unwrap_err(), Malformed);
        assert_eq!(parse_urlencoded(b"%ff=1").unwrap_err(), Malformed);
    }

    #[test]
    fn multipart_parses_fields_and_files() {
        let body = b"preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"sequenceId\"\r\n\r\n1001\r\n--XyZ\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\r\n--\xff\xd9\r\n--XyZ--\r\n";
        let ct = "multipart/form-data; boundary=\"XyZ\"";
        let f = parse_body(Some(ct), body).unwrap();
        assert_eq!(f.get("sequenceId"), Some("1001"));
        assert_eq!(f.bytes("photo"), Some(&b"\xff\xd8\r\n--\xff\xd9"[..]));
        assert_eq!(f.filename("photo"), Some("a.jpg"));
    }

    #[test]
    fn multipart_rejects_garbage() {
        let ct = Some("multipart/form-data; boundary=XyZ");
        assert!(parse_body(ct, b"no delimiter here").is_err());
        assert!(
            parse_body(
                ct,
                b"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nunterminated"
            )
            .is_err()
        );
        assert!(parse_body(Some("multipart/form-data"), b"--x--").is_err());
        assert!(parse_body(ct, b"--XyZ").is_err());
    }

    #[test]
    fn json_bodies_become_fields() {
        let f = parse_body(Some("application/json"), br#"{"sequenceId":1001,"x":"y"}"#).unwrap();
        assert_eq!(f.get("sequenceId"), Some("1001"));
        assert_eq!(f.get("x"), Some("y"));
        assert!(parse_body(Some("application/json"), b"[1]").is_err());
    }
}
