package plan

import (
	"fmt"
	"slices"
	"strings"
)

// DepsFirst calls visit once for every unit, each after all the units it
// depends on, starting from the units in index order (so that the order is
// deterministic). A cycle, which cargo's unit graph never has, is an error
// naming the units on it; visit's first error stops the walk.
func (p *Plan) DepsFirst(visit func(i int) error) error {
	state := make([]byte, len(p.Units)) // 0 new, 1 on the path, 2 done
	var path []int
	var walk func(i int) error
	walk = func(i int) error {
		switch state[i] {
		case 1:
			var chain []string
			for _, k := range path[slices.Index(path, i):] {
				chain = append(chain, fmt.Sprint(k))
			}
			return fmt.Errorf("%s: the unit graph has a cycle: %s -> %d", p.unitName(i), strings.Join(chain, " -> "), i)
		case 2:
			return nil
		}
		state[i] = 1
		path = append(path, i)
		for _, d := range p.Units[i].Deps {
			if err := walk(d.Index); err != nil {
				return err
			}
		}
		path = path[:len(path)-1]
		state[i] = 2
		return visit(i)
	}
	for i := range p.Units {
		if err := walk(i); err != nil {
			return err
		}
	}
	return nil
}

// unitName names unit i in messages: its index, and its id once it has one.
func (p *Plan) unitName(i int) string {
	if id := p.Units[i].ID; id != "" {
		return fmt.Sprintf("unit %d (%s)", i, id)
	}
	return fmt.Sprintf("unit %d", i)
}
