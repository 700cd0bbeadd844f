package nixgen

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// narHash is the sha256 (hex) of the Nix archive of dir as lib.localSrc's
// filter leaves it: what builtins.path records for it. Given to
// builtins.path, it lets evaluation use the store copy without reading the
// directory again, which for a registry of crates is most of the
// evaluation time.
func narHash(dir string, exclude []string) (string, error) {
	h := sha256.New()
	n := &nar{w: h, exclude: exclude}
	n.str("nix-archive-1")
	if err := n.node(dir, ""); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

type nar struct {
	w       hash.Hash
	exclude []string // as lib.localSrc's
}

// str writes a NAR string: its length (64-bit little endian), the bytes,
// zeros up to a multiple of 8.
func (n *nar) str(s string) {
	var l [8]byte
	binary.LittleEndian.PutUint64(l[:], uint64(len(s)))
	n.w.Write(l[:])
	io.WriteString(n.w, s)
	if pad := (8 - len(s)%8) % 8; pad > 0 {
		n.w.Write(make([]byte, pad))
	}
}

func (n *nar) node(path, rel string) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	n.str("(")
	switch {
	case fi.Mode().IsRegular():
		n.str("type")
		n.str("regular")
		if fi.Mode()&0o100 != 0 {
			n.str("executable")
			n.str("")
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n.str("contents")
		n.str(string(data))
	case fi.Mode()&os.ModeSymlink != 0:
		target, err := os.Readlink(path)
		if err != nil {
			return err
		}
		n.str("type")
		n.str("symlink")
		n.str("target")
		n.str(target)
	case fi.IsDir():
		n.str("type")
		n.str("directory")
		entries, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			names = append(names, e.Name())
		}
		sort.Strings(names) // byte order, as Nix sorts
		for _, name := range names {
			child := name
			if rel != "" {
				child = rel + "/" + name
			}
			if !LocalSrcKeeps(child, n.exclude) {
				continue
			}
			n.str("entry")
			n.str("(")
			n.str("name")
			n.str(name)
			n.str("node")
			if err := n.node(filepath.Join(path, name), child); err != nil {
				return err
			}
			n.str(")")
		}
	default:
		return fmt.Errorf("%s: not a file, directory or symlink", path)
	}
	n.str(")")
	return nil
}
