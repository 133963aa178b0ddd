# name: regex
# tags: regex, strings
# size: 20000 generated log lines scanned by 9 patterns (finditer, findall, sub with a function, split, fullmatch, backreferences)
# description: The re module on log-like text: compiled patterns, named groups, alternation, character classes, IGNORECASE and VERBOSE, backreferences.
# result: match counts per pattern, sums of extracted numbers and a checksum of the rewritten text

import re

USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG", "info"]
PATHS = ["/", "/index.html", "/api/v1/items", "/api/v2/users/42", "/static/app.js", "/img/logo.png"]
WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs"]


class Lcg:
    """A 31-bit linear congruential generator, so the result does not depend on `random`."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_log(count, rng):
    lines = []
    for i in range(count):
        user = USERS[rng.below(len(USERS))]
        words = [WORDS[rng.below(len(WORDS))] for _ in range(4 + rng.below(6))]
        if rng.below(4) == 0:
            k = rng.below(len(words))
            words.insert(k, words[k])  # a doubled word for the backreference pattern
        month = 1 + rng.below(13)  # 13 is not a month: fullmatch must reject it
        lines.append(
            f"2026-{month:02d}-{1 + rng.below(28):02d} {rng.below(24):02d}:{rng.below(60):02d}:{rng.below(60):02d}"
            f" [{LEVELS[rng.below(len(LEVELS))]}] user={user} id={rng.below(100000)}"
            f" path={PATHS[rng.below(len(PATHS))]} ms={rng.below(2000)}"
            f" mail={user}.{rng.below(99)}@example{rng.below(3)}.org msg: {' '.join(words)}")
    return lines


ENTRY = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) \[(?P<level>\w+)\] user=(?P<user>\w+)"
                   r" id=(?P<id>\d+) path=(?P<path>\S+) ms=(?P<ms>\d+)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.(?:org|com|net)")
ERRORS = re.compile(r"\[(?:error|warn)\]", re.IGNORECASE)
DATE = re.compile(r"""
    (?P<year>\d{4}) - (?P<month>0[1-9]|1[0-2]) - (?P<day>0[1-9]|[12]\d|3[01])
""", re.VERBOSE)
DOUBLED = re.compile(r"\b(\w+) \1\b")
NUMBER = re.compile(r"\d+")
API = re.compile(r"path=/api/v(\d)/(\w+)(?:/(\d+))?")
SEPARATORS = re.compile(r"[\s=:\[\]/]+")


def main(count):
    lines = make_log(count, Lcg(99))
    text = "\n".join(lines)
    counts = []
    ms_total = 0
    ids = 0
    per_level = {}
    for m in ENTRY.finditer(text):
        ms_total += int(m.group("ms"))
        ids += int(m["id"]) % 97
        level = m.group("level").upper()
        per_level[level] = per_level.get(level, 0) + 1
    counts.append(sum(per_level.values()))
    counts.append(len(EMAIL.findall(text)))
    counts.append(len(ERRORS.findall(text)))
    valid_dates = sum(1 for line in lines if DATE.fullmatch(line[:10]))
    counts.append(valid_dates)
    counts.append(sum(1 for line in lines if DOUBLED.search(line)))
    api_sum = 0
    for version, kind, ident in API.findall(text):
        api_sum += int(version) * 1000 + len(kind) + (int(ident) if ident else 0)
    counts.append(api_sum)
    masked = NUMBER.sub(lambda m: str(len(m.group())), text)
    shouted = re.sub(r"\b(quick|lazy)\b", lambda m: m.group(1).upper(), masked)
    fields = 0
    for line in lines:
        fields += len(SEPARATORS.split(line))
    counts.append(fields)
    checksum = 0
    for ch in shouted[::3]:
        checksum = (checksum * 131 + ord(ch)) % 1000000007
    levels = ",".join(f"{k}={per_level[k]}" for k in sorted(per_level))
    return counts, ms_total, ids, levels, len(shouted), checksum


N = 20000
counts, ms_total, ids, levels, length, checksum = main(N)
print(f"regex {N}: counts {' '.join(map(str, counts))}; ms {ms_total}; ids {ids}; {levels};"
      f" rewritten {length} chars, checksum {checksum}")
