# name: json_roundtrip
# tags: json, strings, dicts
# size: 7500 generated records: the whole document dumped 5 ways (default, compact, indented + sorted, non-ASCII, tab-indented) and loaded back, once more through object_hook, then each record on its own
# description: json.dumps and json.loads of nested dicts, lists, strings with escapes and non-ASCII text, ints, floats, booleans and None.
# result: the total length of the JSON texts, a checksum of one text and the count of records that survived every round trip

import json

WORDS = ["alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "tab\there", "new\nline",
         "caf\u00e9", "na\u00efve", "\u00fcber", "\u65e5\u672c", "snow\u2603man", "emoji\U0001f600", "plain"]


class Lcg:
    """A 31-bit linear congruential generator, so the result does not depend on `random`."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_record(i, rng):
    tags = [WORDS[rng.below(len(WORDS))] for _ in range(rng.below(5))]
    return {
        "id": i,
        "name": f"{WORDS[i % len(WORDS)]}-{i}",
        "active": i % 3 != 0,
        "score": rng.below(100000) / 64.0,
        "ratio": (i + 1) / 7,
        "big": 2 ** (40 + i % 40) + i,
        "negative": -rng.below(1000),
        "missing": None,
        "tags": tags,
        "matrix": [[rng.below(10) for _ in range(3)] for _ in range(2)],
        "owner": {"uid": rng.below(5000), "groups": ["users", WORDS[i % 7]], "meta": {}},
    }


def text_checksum(text):
    total = 0
    for ch in text[:: 7]:
        total = (total * 131 + ord(ch)) % 1000000007
    return total


class Box:
    __slots__ = ("fields",)

    def __init__(self, fields):
        self.fields = fields


def unbox(value):
    if isinstance(value, Box):
        return {k: unbox(v) for k, v in value.fields.items()}
    if isinstance(value, list):
        return [unbox(v) for v in value]
    return value


def main(count):
    rng = Lcg(7)
    records = [make_record(i, rng) for i in range(count)]
    document = {"version": 3, "records": records}
    total_length = 0
    texts = [
        json.dumps(document),
        json.dumps(document, separators=(",", ":")),
        json.dumps(document, indent=2, sort_keys=True),
        json.dumps(document, ensure_ascii=False),
        json.dumps(document, ensure_ascii=False, indent="\t", separators=(",", ": ")),
    ]
    survived = 0
    for text in texts:
        total_length += len(text)
        back = json.loads(text)
        if back == document:
            survived += 1
    hooked = unbox(json.loads(texts[1], object_hook=Box))
    if hooked == document:
        survived += 1
    per_record = 0
    for record in records:
        if json.loads(json.dumps(record, sort_keys=True)) == record:
            per_record += 1
    return total_length, text_checksum(texts[2]), survived, per_record


N = 7500
length, checksum, survived, per_record = main(N)
print(f"json_roundtrip {N}: length {length}, checksum {checksum}, documents {survived}/6, records {per_record}")
