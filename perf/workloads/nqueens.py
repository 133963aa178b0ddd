# name: nqueens
# tags: recursion, sets, generators
# size: every solution of the 8- and 10-queens puzzles (validated), the 11-queens count with bit masks; 7 times
# description: N-queens by backtracking: a recursive generator over sets of attacked diagonals, and a bit-mask counter.
# result: solution counts and a checksum of the solutions found


def place(n, row, cols, diag1, diag2, board):
    """Yields every completion of `board` (a list of column indexes, one per placed row)."""
    if row == n:
        yield tuple(board)
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        board.append(col)
        yield from place(n, row + 1, cols, diag1, diag2, board)
        board.pop()
        cols.remove(col)
        diag1.remove(row + col)
        diag2.remove(row - col)


def solutions(n):
    return list(place(n, 0, set(), set(), set(), []))


def count_bits(n, row, cols, left, right):
    """Counts solutions with attacked squares kept as bit masks."""
    if row == n:
        return 1
    full = (1 << n) - 1
    free = full & ~(cols | left | right)
    total = 0
    while free:
        bit = free & -free
        free ^= bit
        total += count_bits(n, row + 1, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
    return total


def is_valid(board):
    n = len(board)
    return all(board[i] != board[j] and abs(board[i] - board[j]) != j - i
               for i in range(n) for j in range(i + 1, n))


def checksum(boards):
    total = 0
    for board in boards:
        value = 0
        for col in board:
            value = value * len(board) + col
        total = (total * 7 + value) % 1000000007
    return total


def main(repeats):
    result = None
    for _ in range(repeats):
        eight = solutions(8)
        ten = solutions(10)
        if not all(is_valid(b) for b in ten):
            raise AssertionError("invalid board")
        eleven = count_bits(11, 0, 0, 0, 0)
        result = (len(eight), len(ten), eleven, checksum(eight), checksum(ten))
    return result


REPEATS = 7
s8, s10, s11, c8, c10 = main(REPEATS)
print(f"nqueens: 8 -> {s8}, 10 -> {s10}, 11 -> {s11}, checksums {c8} {c10}")
