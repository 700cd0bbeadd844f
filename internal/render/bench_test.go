package render

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/libnix/libnix/internal/nixlog/nixlogtest"
)

var (
	bigOnce sync.Once
	bigLog  []byte
)

// big returns ~50 MB of log: every recorded log, repeated with fresh ids.
func big(b *testing.B) []byte {
	bigOnce.Do(func() {
		var logs [][]byte
		for _, in := range inputs(b) {
			l, err := os.ReadFile(in)
			if err != nil {
				b.Fatal(err)
			}
			logs = append(logs, l)
		}
		bigLog = nixlogtest.Repeat(logs, 50<<20)
	})
	return bigLog
}

// BenchmarkLogone measures throughput per level; the goal is ≥ 100 MB/s.
func BenchmarkLogone(b *testing.B) {
	in := big(b)
	for _, lv := range levels {
		b.Run(lv.name, func(b *testing.B) {
			opts := lv.opts
			opts.Now = fixedClock
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Render(bytes.NewReader(in), io.Discard, io.Discard, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParallelLog is the worst case for the model's bookkeeping: one
// session of many interleaved successful builds.
func BenchmarkParallelLog(b *testing.B) {
	one, err := os.ReadFile(filepath.Join(logsDir, "02-parallel-4/nix-build.internal-json.stderr"))
	if err != nil {
		b.Fatal(err)
	}
	in := nixlogtest.Repeat([][]byte{one}, 10<<20)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Render(bytes.NewReader(in), io.Discard, io.Discard, Options{Now: fixedClock}); err != nil {
			b.Fatal(err)
		}
	}
}
