package driver

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// lockDir takes an exclusive flock on dir/lock, so two builds of one project
// take turns. When another build holds it, waiting is announced once, as
// cargo announces it; an interrupt stops the wait. The lock is released
// when the returned file is closed or the process ends.
func lockDir(ctx context.Context, dir string, waiting func()) (*os.File, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		return f, nil
	}
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		f.Close()
		return nil, &os.PathError{Op: "flock", Path: f.Name(), Err: err}
	}
	waiting()
	// flock(2) cannot be interrupted from Go: wait for it in the background
	// and give up on the context instead.
	done := make(chan error, 1)
	go func() { done <- syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }()
	select {
	case err := <-done:
		if err != nil {
			f.Close()
			return nil, &os.PathError{Op: "flock", Path: f.Name(), Err: err}
		}
		return f, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
