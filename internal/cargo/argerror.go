package cargo

import (
	"fmt"
	"strings"
)

// ArgStatus is cargo's exit status for a command-line mistake: its
// argument parser's (clap) errors exit 1, every other error 101.
const ArgStatus = 1

// ArgError is a command-line mistake worded as cargo words it, e.g.
//
//	error: unexpected argument '--relase' found
//
//	  tip: a similar argument exists: '--release'
//
//	Usage: cargo build --release
//
//	For more information, try '--help'.
type ArgError struct {
	Message string   // the error line, without "error: "
	Tips    []string // each a "  tip: " line
	Usage   string   // the Usage line's text; none when empty
}

func (e *ArgError) Error() string { return e.Message }

// Text is the whole report, as cargo prints it on stderr.
func (e *ArgError) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "error: %s\n", e.Message)
	if len(e.Tips) > 0 {
		b.WriteString("\n")
		for _, t := range e.Tips {
			fmt.Fprintf(&b, "  tip: %s\n", t)
		}
	}
	if e.Usage != "" {
		fmt.Fprintf(&b, "\nUsage: %s\n", e.Usage)
	}
	b.WriteString("\nFor more information, try '--help'.\n")
	return b.String()
}

// Command is one command's shape for its Usage line: "cargo build",
// with the operands it takes after the options ("[TESTNAME] [-- [ARGS]...]"),
// Trailing when those operands may begin with "-" after "--".
type Command struct {
	Name     string // cargo build, cargo libnix test
	Operands string
	Trailing bool
}

func (c Command) usage(used string) string {
	u := c.Name + " " + used
	if c.Operands != "" {
		u += " " + c.Operands
	}
	return u
}

// UnexpectedArg is cargo's error for a word that is no flag of the
// command, or an operand too many: with a tip naming the most similar of
// flags (long names, without dashes) as clap finds it.
func (c Command) UnexpectedArg(arg string, flags []string) *ArgError {
	e := &ArgError{Message: fmt.Sprintf("unexpected argument '%s' found", arg), Usage: c.usage("[OPTIONS]")}
	if strings.HasPrefix(arg, "-") {
		name := strings.TrimLeft(arg, "-")
		if similar := Similar(name, flags); similar != "" {
			e.Tips = append(e.Tips, fmt.Sprintf("a similar argument exists: '--%s'", similar))
			if strings.HasPrefix(arg, "--") {
				e.Usage = c.usage("--" + similar)
			}
		}
		if c.Trailing {
			e.Tips = append(e.Tips, fmt.Sprintf("to pass '%s' as a value, use '-- %s'", arg, arg))
		}
	}
	return e
}

// InvalidValue is cargo's error for a value outside a flag's possible
// values; flag is spelled with its value name, "--color <WHEN>".
func InvalidValue(value, flag string, possible []string) *ArgError {
	e := &ArgError{Message: fmt.Sprintf("invalid value '%s' for '%s'", value, flag)}
	if len(possible) > 0 {
		e.Message += "\n  [possible values: " + strings.Join(possible, ", ") + "]"
	}
	return e
}

// NoValue is cargo's error for a flag given without its value.
func NoValue(flag string) *ArgError {
	return &ArgError{Message: fmt.Sprintf("a value is required for '%s' but none was supplied", flag)}
}

// Conflict is cargo's error for two flags that cannot go together: the
// first as typed, the second with its value name.
func (c Command) Conflict(first, second string) *ArgError {
	return &ArgError{Message: fmt.Sprintf("the argument '%s' cannot be used with '%s'", first, second), Usage: c.usage(first)}
}

// Similar returns the candidate most similar to word, as clap suggests:
// the highest Jaro similarity above 0.7, the later candidate on a tie;
// "" when none is that close.
func Similar(word string, candidates []string) string {
	best, score := "", 0.0
	for _, c := range candidates {
		if s := jaro(word, c); s > 0.7 && s >= score {
			best, score = c, s
		}
	}
	return best
}

// jaro is the Jaro similarity of a and b, from 0 (nothing alike) to 1.
func jaro(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 && len(rb) == 0 {
		return 1
	}
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	matchedA, matchedB := make([]bool, len(ra)), make([]bool, len(rb))
	matches := 0
	for i, r := range ra {
		for j := max(0, i-window); j < min(len(rb), i+window+1); j++ {
			if !matchedB[j] && rb[j] == r {
				matchedA[i], matchedB[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	transpositions, j := 0, 0
	for i, m := range matchedA {
		if !m {
			continue
		}
		for !matchedB[j] {
			j++
		}
		if ra[i] != rb[j] {
			transpositions++
		}
		j++
	}
	m := float64(matches)
	return (m/float64(len(ra)) + m/float64(len(rb)) + (m-float64(transpositions)/2)/m) / 3
}
