# libnix — build, test, benchmark and demo.
# `make demo` and `make test` work on a fresh Debian machine: both run the set-up first.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
GO ?= go
TOOLS := crate-plan nix-emit buildrs-parse logone libnix-build cargo-libnix

# rustup's cargo and Go may not be on a non-login PATH (CI, sudo).
export PATH := $(CURDIR)/bin:$(HOME)/.cargo/bin:/usr/local/go/bin:$(PATH)
# Static binaries: buildrs-parse runs inside Nix sandboxes.
export CGO_ENABLED := 0

.PHONY: all build install setup test test-unit test-compat test-fresh test-share vet fuzz bench demo clean

all: build

build:
	@mkdir -p bin
	$(GO) build -trimpath -o bin/ $(addprefix ./cmd/,$(TOOLS))

install: build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 $(addprefix bin/,$(TOOLS)) $(DESTDIR)$(BINDIR)/
	install -m 0644 man/*.1 $(DESTDIR)$(MANDIR)/man1/

setup:
	bash scripts/setup.sh

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...

# Everything: formatting, vet, unit tests, fuzz seed corpora and the end-to-end tests
# (real nix and cargo; LIBNIX_E2E=1 turns a missing tool into a failure, not a skip),
# then sharing units through a binary cache, Nix 2.26 and the set-up on a fresh machine,
# each where the machine allows it.
test: setup build vet
	LIBNIX_E2E=1 $(GO) test -count=1 -timeout 25m ./...
	bash scripts/test-share.sh auto
	bash scripts/nix-compat.sh auto
	bash scripts/fresh-root.sh auto

# A unit built once, used by a second Nix store through a binary cache (docs/sharing.md).
test-share: build
	bash scripts/test-share.sh test

# The end-to-end fixtures under Debian trixie's Nix 2.26 (root, debootstrap).
test-compat: build
	bash scripts/nix-compat.sh test

# The README's set-up (make demo) on a fresh Debian bookworm root (root, debootstrap).
test-fresh:
	bash scripts/fresh-root.sh test

# Quick inner loop: no set-up, no end-to-end tests.
test-unit:
	$(GO) test -short ./...

# A short run of every fuzz target (go test -fuzz takes one target at a time).
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list ./internal/...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

bench: setup build
	bash scripts/bench.sh

demo: setup build
	bash scripts/demo.sh

clean:
	rm -rf bin
