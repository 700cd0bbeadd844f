package nixlog

import (
	"bufio"
	"errors"
	"io"
)

// LineReader splits a stream into lines of any length. Nix writes single
// lines of hundreds of kilobytes (a build that prints a long line), which
// bufio.Scanner's default limit rejects.
type LineReader struct {
	r    *bufio.Reader
	long []byte
}

// NewLineReader reads from r.
func NewLineReader(r io.Reader) *LineReader {
	return &LineReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next line without its "\n". The slice is valid until the
// next call. A last line without "\n" is returned as a line. At the end of
// input it returns io.EOF; other errors are the reader's.
func (lr *LineReader) Next() ([]byte, error) {
	lr.long = lr.long[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		switch {
		case err == nil:
			chunk = chunk[:len(chunk)-1]
			if len(lr.long) == 0 {
				return chunk, nil
			}
			lr.long = append(lr.long, chunk...)
			return lr.long, nil
		case errors.Is(err, bufio.ErrBufferFull):
			lr.long = append(lr.long, chunk...)
		case errors.Is(err, io.EOF):
			lr.long = append(lr.long, chunk...)
			if len(lr.long) == 0 {
				return nil, io.EOF
			}
			return lr.long, nil
		default:
			return nil, err
		}
	}
}

// Buffered reports whether a next line can be read without waiting for
// input, so that writers can flush exactly when the reader would block.
func (lr *LineReader) Buffered() bool { return lr.r.Buffered() > 0 }
