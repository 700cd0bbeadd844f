package cargomsg

import (
	"strings"
)

// PackageID spells a package's "package_id" as cargo 1.95 does (the
// Display of cargo's PackageIdSpec):
//
//	path+file:///ws/app#0.3.1                       directory named as the package
//	path+file:///ws/text#text-utils@0.2.0           directory named otherwise
//	registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152
//	sparse+https://index.crates.io/#serde@1.0.152
//	git+https://github.com/o/r?branch=main#greet@0.1.0
//
// The name is left out when it is the URL's last path segment. kind is
// cargo's source kind: "path" (source an absolute path), "git", "registry",
// "sparse" (source the index URL without "sparse+"), "local-registry" or
// "directory" (source a file:// URL or an absolute path). For "git",
// source is the repository URL, optionally followed by ?branch=NAME,
// ?tag=NAME or ?rev=REV with the value not URL-encoded (cargo encodes it);
// a #commit fragment, as in Cargo.lock, is dropped: cargo's package ID does
// not name the commit.
func PackageID(kind, source, name, version string) string {
	var url, query string
	switch kind {
	case "git":
		url, _, _ = strings.Cut(source, "#")
		url, query, _ = strings.Cut(url, "?")
		if k, v, ok := strings.Cut(query, "="); ok && (k == "branch" || k == "tag" || k == "rev") {
			query = "?" + k + "=" + formURLEncode(v)
		} else {
			query = ""
		}
	case "path", "local-registry", "directory":
		url = source
		if strings.HasPrefix(source, "/") {
			url = fileURL(source)
		}
	default:
		url = source
	}
	var b strings.Builder
	if kind != "sparse" {
		b.WriteString(kind + "+")
	} else if !strings.HasPrefix(url, "sparse+") {
		b.WriteString("sparse+")
	}
	b.WriteString(url + query)
	if lastSegment(url) == name {
		b.WriteString("#" + version)
	} else {
		b.WriteString("#" + name + "@" + version)
	}
	return b.String()
}

// lastSegment is the last segment of url's path, "" when it ends in "/"
// (as for the sparse index), like the url crate's path_segments.
func lastSegment(url string) string {
	if _, rest, ok := strings.Cut(url, "://"); ok {
		url = rest
	}
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	return url[strings.LastIndexByte(url, '/')+1:]
}

// fileURL is the url crate's Url::from_file_path: each segment
// percent-encoded with its SPECIAL_PATH_SEGMENT set, file being a special
// scheme (controls, space, and "#%/<>?`{}\ plus non-ASCII).
func fileURL(path string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.WriteString("file://")
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"#%<>?`{}\\", c) >= 0 {
			b.Write([]byte{'%', hex[c>>4], hex[c&0xf]})
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// formURLEncode is form_urlencoded::byte_serialize, which cargo applies to
// a git reference: alphanumerics and *-._ stay, space is +, the rest %XX.
func formURLEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("*-._", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.Write([]byte{'%', hex[c>>4], hex[c&0xf]})
		}
	}
	return b.String()
}
