# name: go
# tags: oop, lists, games
# size: 12 moves of 9x9 Go, each chosen by a UCT search of 40 random playouts
# description: Monte Carlo tree search playing Go: board copies, flood-filled groups and liberties, captures, ko, a hand-written LCG.
# result: the moves played, the playout count, the stones on the board and a checksum of all playout results

import math

SIZE = 9
WIDTH = SIZE + 2
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
PASS = -1
KOMI = 7.5
DIRS = (1, -1, WIDTH, -WIDTH)


def other(color):
    return 3 - color


class Lcg:
    """A 31-bit linear congruential generator, so the result does not depend on `random`."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board:
    def __init__(self, source=None):
        if source is None:
            self.cells = [EDGE] * (WIDTH * WIDTH)
            self.empties = []
            for row in range(1, SIZE + 1):
                for col in range(1, SIZE + 1):
                    p = row * WIDTH + col
                    self.cells[p] = EMPTY
                    self.empties.append(p)
            self.ko = None
            self.captures = [0, 0, 0]
        else:
            self.cells = source.cells[:]
            self.empties = source.empties[:]
            self.ko = source.ko
            self.captures = source.captures[:]
        self.index = {p: i for i, p in enumerate(self.empties)}
        self.marks = [0] * (WIDTH * WIDTH)
        self.generation = 0

    def copy(self):
        return Board(self)

    def group(self, p):
        """The stones of the group at p and its number of distinct liberties."""
        cells = self.cells
        marks = self.marks
        self.generation += 1
        gen = self.generation
        color = cells[p]
        stones = [p]
        marks[p] = gen
        liberties = 0
        i = 0
        while i < len(stones):
            s = stones[i]
            i += 1
            for d in DIRS:
                n = s + d
                if marks[n] == gen:
                    continue
                c = cells[n]
                if c == color:
                    marks[n] = gen
                    stones.append(n)
                elif c == EMPTY:
                    marks[n] = gen
                    liberties += 1
        return stones, liberties

    def liberties_up_to(self, p, limit):
        """The group's number of liberties, counting only up to `limit` (most groups stop early)."""
        cells = self.cells
        marks = self.marks
        self.generation += 1
        gen = self.generation
        color = cells[p]
        todo = [p]
        marks[p] = gen
        liberties = 0
        while todo:
            s = todo.pop()
            for d in DIRS:
                n = s + d
                if marks[n] == gen:
                    continue
                c = cells[n]
                if c == color:
                    marks[n] = gen
                    todo.append(n)
                elif c == EMPTY:
                    marks[n] = gen
                    liberties += 1
                    if liberties >= limit:
                        return liberties
        return liberties

    def is_eye(self, p, color):
        cells = self.cells
        for d in DIRS:
            c = cells[p + d]
            if c != color and c != EDGE:
                return False
        return True

    def is_legal(self, p, color):
        if p == self.ko or self.cells[p] != EMPTY:
            return False
        cells = self.cells
        for d in DIRS:
            n = p + d
            c = cells[n]
            if c == EMPTY:
                return True
            if c == EDGE:
                continue
            liberties = self.liberties_up_to(n, 2)
            if c == color and liberties > 1:
                return True  # joins a group that keeps a liberty
            if c != color and liberties == 1:
                return True  # captures
        return False

    def _set_empty(self, p):
        self.cells[p] = EMPTY
        self.index[p] = len(self.empties)
        self.empties.append(p)

    def _fill(self, p, color):
        self.cells[p] = color
        i = self.index.pop(p)
        last = self.empties.pop()
        if last != p:
            self.empties[i] = last
            self.index[last] = i

    def play(self, p, color):
        if p == PASS:
            self.ko = None
            return
        self._fill(p, color)
        enemy = other(color)
        captured = []
        for d in DIRS:
            n = p + d
            if self.cells[n] == enemy and self.liberties_up_to(n, 1) == 0:
                stones = self.group(n)[0]
                for s in stones:
                    self._set_empty(s)
                captured.extend(stones)
        self.captures[color] += len(captured)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(p)
            if len(stones) == 1 and liberties == 1:
                self.ko = captured[0]

    def candidate_moves(self, color):
        return [p for p in self.empties if not self.is_eye(p, color) and self.is_legal(p, color)]

    def random_move(self, color, rng):
        candidates = self.empties[:]
        while candidates:
            i = rng.below(len(candidates))
            p = candidates[i]
            if not self.is_eye(p, color) and self.is_legal(p, color):
                return p
            candidates[i] = candidates[-1]
            candidates.pop()
        return PASS

    def score(self):
        """Area score, black minus white minus komi: stones plus empty points touching one colour."""
        counts = [0, 0, 0, 0]
        cells = self.cells
        for p in range(WIDTH, WIDTH * (SIZE + 1)):
            c = cells[p]
            if c == EMPTY:
                seen = 0
                for d in DIRS:
                    seen |= 1 << cells[p + d]
                seen &= ~(1 << EDGE)
                if seen == 1 << BLACK:
                    counts[BLACK] += 1
                elif seen == 1 << WHITE:
                    counts[WHITE] += 1
            else:
                counts[c] += 1
        return counts[BLACK] - counts[WHITE] - KOMI


def playout(board, color, rng):
    """Plays random moves to the end; returns the winner."""
    passes = 0
    moves = 0
    while passes < 2 and moves < 3 * SIZE * SIZE:
        p = board.random_move(color, rng)
        board.play(p, color)
        passes = passes + 1 if p == PASS else 0
        color = other(color)
        moves += 1
    return BLACK if board.score() > 0 else WHITE


class Node:
    def __init__(self, move, player, parent, board, to_move):
        self.move = move
        self.player = player  # who played `move`
        self.parent = parent
        self.children = []
        self.untried = board.candidate_moves(to_move) or [PASS]
        self.wins = 0
        self.visits = 0

    def best_child(self):
        scale = math.sqrt(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + 0.9 * math.sqrt(scale / child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


def uct_move(board, color, playouts, rng, stats):
    root = Node(PASS, other(color), None, board, color)
    for _ in range(playouts):
        node = root
        b = board.copy()
        to_move = color
        while not node.untried and node.children:
            node = node.best_child()
            b.play(node.move, to_move)
            to_move = other(to_move)
        if node.untried:
            i = rng.below(len(node.untried))
            move = node.untried[i]
            node.untried[i] = node.untried[-1]
            node.untried.pop()
            b.play(move, to_move)
            child = Node(move, to_move, node, b, other(to_move))
            node.children.append(child)
            node = child
            to_move = other(to_move)
        winner = playout(b, to_move, rng)
        stats[winner] += 1
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: c.visits)
    return best.move


def main(moves, playouts):
    rng = Lcg(20261121)
    board = Board()
    color = BLACK
    played = []
    stats = [0, 0, 0]
    for _ in range(moves):
        move = uct_move(board, color, playouts, rng, stats)
        board.play(move, color)
        played.append("pass" if move == PASS else "abcdefghj"[move % WIDTH - 1] + str(move // WIDTH))
        color = other(color)
    stones = (board.cells.count(BLACK), board.cells.count(WHITE))
    return played, stats, stones, rng.state


MOVES = 12
PLAYOUTS = 40
played, stats, stones, state = main(MOVES, PLAYOUTS)
print(f"go {MOVES}x{PLAYOUTS}: {' '.join(played)}; black wins {stats[BLACK]}, white wins {stats[WHITE]};"
      f" stones {stones[0]}/{stones[1]}; rng {state}")
