package timings

import (
	"encoding/binary"
	"encoding/hex"
	"math/bits"
)

// rootHash is the 16-hex part of cargo's report name: cargo's short_hash of
// the workspace root (cargo's RunId), that is rustc-stable-hash's
// SipHasher128 (SipHash-1-3, 128-bit output, keys 0) fed as Rust's Hash for
// Path feeds it, its two halves folded to a u64 (l*3+h) and printed as
// little-endian bytes. Verified against cargo 1.95's file names.
func rootHash(root string) string {
	var s sip13
	s.init()
	s.write(pathHashBytes(root))
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], s.sum64())
	return hex.EncodeToString(b[:])
}

// pathHashBytes is the byte stream Rust's `impl Hash for Path` writes on
// Unix (as recorded from rustc 1.95's std): the components without their
// separators, `.` components skipped as Path::components() skips them, then
// one usize mixed from the components' lengths, acc = (acc+len) rotated
// right by 2 per component, widened by the stable hasher to 8
// little-endian bytes.
func pathHashBytes(p string) []byte {
	var out []byte
	var acc uint64
	add := func(c string) {
		out = append(out, c...)
		acc = bits.RotateLeft64(acc+uint64(len(c)), -2)
	}
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] != '/' {
			continue
		}
		if i > start {
			add(p[start:i])
		}
		start = i + 1
		if tail := p[start:]; tail == "." || len(tail) >= 2 && tail[0] == '.' && tail[1] == '/' {
			start++
		}
	}
	if start < len(p) {
		add(p[start:])
	}
	return binary.LittleEndian.AppendUint64(out, acc)
}

// sip13 is SipHash-1-3 with 128-bit finalization, unbuffered: the message
// is written once, so rustc-stable-hash's buffering changes nothing.
type sip13 struct {
	v0, v1, v2, v3 uint64
	tail           []byte
	length         int
}

func (s *sip13) init() {
	s.v0 = 0x736f6d6570736575
	s.v1 = 0x646f72616e646f6d ^ 0xee
	s.v2 = 0x6c7967656e657261
	s.v3 = 0x7465646279746573
}

func (s *sip13) round() {
	s.v0 += s.v1
	s.v2 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 13) ^ s.v0
	s.v3 = bits.RotateLeft64(s.v3, 16) ^ s.v2
	s.v0 = bits.RotateLeft64(s.v0, 32)
	s.v2 += s.v1
	s.v0 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 17) ^ s.v2
	s.v3 = bits.RotateLeft64(s.v3, 21) ^ s.v0
	s.v2 = bits.RotateLeft64(s.v2, 32)
}

func (s *sip13) block(m uint64) {
	s.v3 ^= m
	s.round()
	s.v0 ^= m
}

func (s *sip13) write(msg []byte) {
	s.length += len(msg)
	for ; len(msg) >= 8; msg = msg[8:] {
		s.block(binary.LittleEndian.Uint64(msg))
	}
	s.tail = msg
}

func (s *sip13) sum64() uint64 {
	var last [8]byte
	copy(last[:], s.tail)
	s.block(binary.LittleEndian.Uint64(last[:]) | uint64(s.length&0xff)<<56)
	s.v2 ^= 0xee
	s.round()
	s.round()
	s.round()
	l := s.v0 ^ s.v1 ^ s.v2 ^ s.v3
	s.v1 ^= 0xdd
	s.round()
	s.round()
	s.round()
	h := s.v0 ^ s.v1 ^ s.v2 ^ s.v3
	return l*3 + h
}
