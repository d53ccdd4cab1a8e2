//! Image URLs: explicit URLs first, else the `{{sizeprefix}}` template, else 1.0 storage paths.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use kartaview_api::types;
use serde::Serialize;

use crate::error::Error;
use crate::models::lenient::text;

/// An image rendition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum ImageSize {
    /// Processed full size (blurred).
    Proc,
    /// Large thumbnail, about 1280×720.
    Lth,
    /// Thumbnail.
    Th,
    /// The original upload.
    Ori,
    /// Full-size wrapped rendition of 360° imagery.
    WrappedProc,
    /// Large-thumbnail wrapped rendition of 360° imagery.
    WrappedLth,
}

impl ImageSize {
    /// Every rendition.
    pub const ALL: [ImageSize; 6] = [
        ImageSize::Proc,
        ImageSize::Lth,
        ImageSize::Th,
        ImageSize::Ori,
        ImageSize::WrappedProc,
        ImageSize::WrappedLth,
    ];

    /// The storage path segment (`{{sizeprefix}}`) of this rendition.
    pub fn prefix(self) -> &'static str {
        match self {
            ImageSize::Proc => "proc",
            ImageSize::Lth => "lth",
            ImageSize::Th => "th",
            ImageSize::Ori => "ori",
            ImageSize::WrappedProc => "wrapped_proc",
            ImageSize::WrappedLth => "wrapped_lth",
        }
    }
}

impl fmt::Display for ImageSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix())
    }
}

impl FromStr for ImageSize {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ImageSize::ALL
            .into_iter()
            .find(|size| size.prefix().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::invalid(
                    "size",
                    format!(
                        "unknown image size {s:?}; expected one of proc, lth, th, ori, wrapped_proc, wrapped_lth"
                    ),
                )
            })
    }
}

const PLACEHOLDERS: [&str; 2] = ["{{sizeprefix}}", "[[sizeprefix]]"];

/// Where a photo's renditions are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ImageUrls {
    /// A URL holding the `{{sizeprefix}}` placeholder.
    pub template: Option<String>,
    /// Explicit full-size URL.
    pub proc: Option<String>,
    /// Explicit large-thumbnail URL.
    pub lth: Option<String>,
    /// Explicit thumbnail URL.
    pub th: Option<String>,
    /// Explicit original URL.
    pub ori: Option<String>,
}

fn concrete(url: Option<String>) -> Option<String> {
    url.filter(|u| is_concrete(u))
}

/// Whether a URL is usable as it is (holds no size placeholder).
pub(crate) fn is_concrete(url: &str) -> bool {
    !PLACEHOLDERS.iter().any(|p| url.contains(p))
}

/// Whether a URL is a template (holds a size placeholder).
pub(crate) fn is_template(url: &str) -> bool {
    !is_concrete(url)
}

/// A template's URL for one rendition.
fn fill(template: &str, size: ImageSize) -> String {
    PLACEHOLDERS.iter().fold(template.to_owned(), |url, ph| {
        url.replace(ph, size.prefix())
    })
}

/// The full-size image among a photo's renditions: the processed one; for 360° imagery without
/// an explicit processed URL the wrapped one from the template; else the template's processed
/// one, the large thumbnail, the thumbnail. The one rule of
/// [`Photo::full_size_url`](crate::models::Photo::full_size_url) and the listings.
pub(crate) fn full_size<'a>(
    spherical: bool,
    template: Option<Cow<'a, str>>,
    proc: Option<Cow<'a, str>>,
    lth: Option<Cow<'a, str>>,
    th: Option<Cow<'a, str>>,
) -> Option<Cow<'a, str>> {
    if proc.is_some() {
        return proc;
    }
    if let Some(template) = template {
        let size = if spherical {
            ImageSize::WrappedProc
        } else {
            ImageSize::Proc
        };
        return Some(Cow::Owned(fill(&template, size)));
    }
    lth.or(th)
}

impl ImageUrls {
    /// From an API 2.0 photo: the CDN URLs (`imageProcUrl`, ...), then `fileurlProc`, ..., and
    /// `fileurl` as the template.
    pub(crate) fn from_v2(p: &types::Photo) -> Self {
        let explicit = |cdn: &Option<String>, legacy: &Option<String>| {
            concrete(text(cdn)).or_else(|| concrete(text(legacy)))
        };
        ImageUrls {
            template: text(&p.fileurl).filter(|u| PLACEHOLDERS.iter().any(|ph| u.contains(ph))),
            proc: explicit(&p.image_proc_url, &p.fileurl_proc),
            lth: explicit(&p.image_lth_url, &p.fileurl_l_th),
            th: explicit(&p.image_th_url, &p.fileurl_th),
            ori: None,
        }
    }

    /// From API 1.0's storage-relative paths (`storage5/files/photo/...`), resolved against
    /// the API host as the official clients do.
    pub(crate) fn from_v1(
        api_base: &str,
        proc: &Option<String>,
        lth: &Option<String>,
        th: &Option<String>,
        ori: &Option<String>,
    ) -> Self {
        let resolve =
            |path: &Option<String>| text(path).map(|p| resolve_storage_path(api_base, &p));
        ImageUrls {
            template: None,
            proc: resolve(proc),
            lth: resolve(lth),
            th: resolve(th),
            ori: resolve(ori),
        }
    }

    /// The URL of a rendition, if the record says where it is.
    pub fn get(&self, size: ImageSize) -> Option<String> {
        let explicit = match size {
            ImageSize::Proc => self.proc.clone(),
            ImageSize::Lth => self.lth.clone(),
            ImageSize::Th => self.th.clone(),
            ImageSize::Ori => self.ori.clone(),
            ImageSize::WrappedProc | ImageSize::WrappedLth => None,
        };
        explicit
            .or_else(|| Some(fill(self.template.as_deref()?, size)))
            .or_else(|| {
                // The site derives the original from the large thumbnail's path.
                let lth = self.lth.as_deref().filter(|_| size == ImageSize::Ori)?;
                lth.contains("/lth/")
                    .then(|| lth.replacen("/lth/", "/ori/", 1))
            })
    }
}

/// Joins a 1.0 storage-relative path to the API base; absolute URLs are kept.
pub fn resolve_storage_path(api_base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_owned()
    } else {
        format!(
            "{}/{}",
            api_base.trim_end_matches('/'),
            path.trim_start_matches('/')
        )
    }
}

/// The KartaView CDN's URL for a legacy storage URL (`storageN.openstreetcam.org`), whose hosts
/// no longer answer: `https://cdn.kartaview.org/pr:sharp/` + unpadded base64url of the URL.
pub fn cdn_url(legacy_url: &str) -> String {
    format!(
        "https://cdn.kartaview.org/pr:sharp/{}",
        base64url(legacy_url.as_bytes())
    )
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_without_padding() {
        assert_eq!(base64url(b""), "");
        assert_eq!(base64url(b"f"), "Zg");
        assert_eq!(base64url(b"fo"), "Zm8");
        assert_eq!(base64url(b"foo"), "Zm9v");
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
        assert_eq!(
            cdn_url(
                "https://storage100.openstreetcam.org/files/photo/2025/9/14/th/8800001_cccc.jpg"
            ),
            "https://cdn.kartaview.org/pr:sharp/aHR0cHM6Ly9zdG9yYWdlMTAwLm9wZW5zdHJlZXRjYW0ub3JnL2ZpbGVzL3Bob3RvLzIwMjUvOS8xNC90aC84ODAwMDAxX2NjY2MuanBn"
        );
    }

    #[test]
    fn template_is_filled_and_explicit_urls_win() {
        let urls = ImageUrls {
            template: Some("https://s/files/{{sizeprefix}}/a.jpg".into()),
            th: Some("https://cdn/th".into()),
            ..ImageUrls::default()
        };
        assert_eq!(
            urls.get(ImageSize::Proc).as_deref(),
            Some("https://s/files/proc/a.jpg")
        );
        assert_eq!(urls.get(ImageSize::Th).as_deref(), Some("https://cdn/th"));
        assert_eq!(
            urls.get(ImageSize::WrappedLth).as_deref(),
            Some("https://s/files/wrapped_lth/a.jpg")
        );
        let square = ImageUrls {
            template: Some("https://s/[[sizeprefix]]/a.jpg".into()),
            ..ImageUrls::default()
        };
        assert_eq!(
            square.get(ImageSize::Ori).as_deref(),
            Some("https://s/ori/a.jpg")
        );
    }

    #[test]
    fn original_is_derived_from_the_large_thumbnail() {
        let urls = ImageUrls {
            lth: Some("https://s/files/photo/2017/7/18/lth/x.jpg".into()),
            ..ImageUrls::default()
        };
        assert_eq!(
            urls.get(ImageSize::Ori).as_deref(),
            Some("https://s/files/photo/2017/7/18/ori/x.jpg")
        );
        assert_eq!(ImageUrls::default().get(ImageSize::Ori), None);
    }

    #[test]
    fn v1_paths_resolve_against_the_api_host() {
        assert_eq!(
            resolve_storage_path(
                "https://api.openstreetcam.org/",
                "storage5/files/photo/2017/7/18/proc/a.jpg"
            ),
            "https://api.openstreetcam.org/storage5/files/photo/2017/7/18/proc/a.jpg"
        );
        assert_eq!(
            resolve_storage_path("http://x", "https://cdn/a.jpg"),
            "https://cdn/a.jpg"
        );
    }

    #[test]
    fn sizes_parse() {
        assert_eq!("LTH".parse::<ImageSize>().unwrap(), ImageSize::Lth);
        assert!("huge".parse::<ImageSize>().is_err());
    }
}
