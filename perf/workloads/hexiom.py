# name: hexiom
# tags: recursion, lists, puzzles
# size: 6 generated hexagonal puzzles (radius 2 and 3, 19 and 37 cells), every solution of each counted
# description: A Hexiom-like puzzle solver: place numbered tiles on a hex board so each tile counts its occupied neighbours; backtracking with bound propagation.
# result: the solution count and search-node count of each puzzle and a checksum of the first solutions


class Lcg:
    """A 31-bit linear congruential generator, so the result does not depend on `random`."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class HexBoard:
    """The cells of a hexagon of the given radius in axial coordinates, with their neighbour lists."""

    STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, radius):
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            near = []
            for dq, dr in self.STEPS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    near.append(j)
            self.neighbours.append(near)

    def __len__(self):
        return len(self.cells)


class Puzzle:
    """A multiset of tiles (count per value 0..6) to place, and some tiles locked in place."""

    def __init__(self, board, tile_counts, empties, locked):
        self.board = board
        self.tile_counts = tile_counts
        self.empties = empties
        self.locked = locked  # cell -> value

    @classmethod
    def generate(cls, board, rng, fill_percent, locked_count):
        n = len(board)
        occupied = [rng.below(100) < fill_percent for _ in range(n)]
        values = [sum(1 for j in board.neighbours[i] if occupied[j]) if occupied[i] else None
                  for i in range(n)]
        counts = [0] * 7
        for v in values:
            if v is not None:
                counts[v] += 1
        tiles = [i for i in range(n) if occupied[i]]
        locked = {}
        while len(locked) < min(locked_count, len(tiles)):
            i = tiles[rng.below(len(tiles))]
            locked[i] = values[i]
        for v in locked.values():
            counts[v] -= 1
        return cls(board, counts, occupied.count(False), locked), values


EMPTY = -1
UNKNOWN = -2


class Solver:
    def __init__(self, puzzle):
        self.board = puzzle.board
        n = len(self.board)
        self.counts = puzzle.tile_counts[:]
        self.empties = puzzle.empties
        self.value = [UNKNOWN] * n
        self.occupied = [0] * n  # decided occupied neighbours
        self.undecided = [len(near) for near in self.board.neighbours]
        self.order = [i for i in range(n) if i not in puzzle.locked]
        self.nodes = 0
        self.solutions = 0
        self.first = None
        for i, v in puzzle.locked.items():
            self.assign(i, v)

    def assign(self, i, v):
        self.value[i] = v
        filled = v != EMPTY
        for j in self.board.neighbours[i]:
            self.undecided[j] -= 1
            if filled:
                self.occupied[j] += 1

    def unassign(self, i):
        filled = self.value[i] != EMPTY
        self.value[i] = UNKNOWN
        for j in self.board.neighbours[i]:
            self.undecided[j] += 1
            if filled:
                self.occupied[j] -= 1

    def consistent_around(self, i):
        """Every decided tile at i or next to it can still see exactly its number of tiles."""
        value, occupied, undecided = self.value, self.occupied, self.undecided
        for j in self.board.neighbours[i] + [i]:
            v = value[j]
            if v >= 0 and not (occupied[j] <= v <= occupied[j] + undecided[j]):
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = self.value[:]
            return
        i = self.order[k]
        if self.empties > 0:
            self.empties -= 1
            self.assign(i, EMPTY)
            if self.consistent_around(i):
                self.search(k + 1)
            self.unassign(i)
            self.empties += 1
        low = self.occupied[i]
        high = min(6, low + self.undecided[i])
        for v in range(low, high + 1):
            if self.counts[v] == 0:
                continue
            self.counts[v] -= 1
            self.assign(i, v)
            if self.consistent_around(i):
                self.search(k + 1)
            self.unassign(i)
            self.counts[v] += 1


def main():
    rng = Lcg(424242)
    results = []
    checksum = 0
    for radius, fill, locked in ((2, 55, 1), (2, 65, 0), (3, 60, 8),
                                 (3, 50, 7), (2, 70, 1), (3, 65, 9)):
        board = HexBoard(radius)
        puzzle, truth = Puzzle.generate(board, rng, fill, locked)
        solver = Solver(puzzle)
        solver.search(0)
        found = [None if v == EMPTY else v for v in solver.first]
        assert solver.solutions >= 1
        if solver.solutions == 1:
            assert found == truth
        for v in found:
            checksum = (checksum * 8 + (7 if v is None else v)) % 1000000007
        results.append(f"{solver.solutions}/{solver.nodes}")
    return results, checksum


results, checksum = main()
print(f"hexiom: {' '.join(results)}; checksum {checksum}")
