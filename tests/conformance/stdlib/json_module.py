# json: dumps/loads of the common types, options, errors, and the encoding detection of bytes input.
import json


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


doc = {"name": "caf\u00e9 \u2603", "n": [1, -2, 3.5, 1e100, True, False, None], "nested": {"a": [], "b": {}}, "esc": "q\"b\\s/t\tn\n\x01"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps([1, 2], indent="\t"))
print(json.loads(json.dumps(doc)) == doc)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "\\u00e9\\ud83d\\ude00"]}'))
print(json.loads('"\\ud800"') == "\ud800", json.loads("[NaN, Infinity, -Infinity]"))
print(json.dumps(float("nan")), json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.loads(b'{"bytes": "utf-8 \xc3\xa9"}'), json.loads('{"x": 1}'.encode("utf-16")), json.loads('[1]'.encode("utf-32-be")))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.5", parse_float=str), json.loads("7", parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
show("bad json", lambda: json.loads('{"a": 1,}'))
show("bad json 2", lambda: json.loads("[1, 2"))
show("bad json 3", lambda: json.loads('"abc'))
show("bad json 4", lambda: json.loads(""))
show("extra data", lambda: json.loads("1 2"))
show("bad escape", lambda: json.loads('"\\x"'))
show("control char", lambda: json.loads('"a\nb"'))
show("not serializable", lambda: json.dumps({"a": {1, 2}}))
show("bad key", lambda: json.dumps({(1, 2): 3}))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
show("allow_nan", lambda: json.dumps(float("inf"), allow_nan=False))
show("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
show("default", lambda: json.dumps({1, 2}, default=sorted))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j}, cls=Enc))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
