import json
d = json.loads('[{"a":1,"b":"x\\u00e9y","c\\n":"q\\"r"},{"a":2,"b":"\\ud83d\\ude00","c\\n":null}, "\u65e5\u672c\\t", "", "\\/"]')
print(d, d[0]["a"] if False else list(d[0])[0] is list(d[1])[0], list(d[0])[2] is list(d[1])[2])
print(json.decoder.scanstring('"abc"def', 1), json.decoder.scanstring('x\\ny"', 0))
for bad in ['{"a\x01":1}', '"abc', '{"a":1', '"\\x"']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(e)
print(json.loads('"a\x01b"', strict=False))
print(json.loads(json.dumps({"k"*50: ["v"*40, {"😀": 1}]})))
