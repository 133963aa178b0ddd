# PEP 701: quotes reuse, nesting, comments and backslashes inside replacement fields.
f"{f"{f"{x}"}"}"
f'{f'{f'{x}'}'}'
f"{"a" + "b"}"
f"{'\n'.join(lines)}"
f"{"\N{BULLET}"}"
f"{x:{y:{z}}}"
f"{f'{x}':>{width}}"
f"{[f"{i}" for i in range(3)]}"
f"{ {'a': 1}['a'] }"
f"{ {x for x in y} }"
f"{x!r:{f'{w}'}}"
f"""{
    x  # a comment inside the field
    + y
}"""
f"{
    value
}"
f"result: {
    compute(
        a,
        b,
    )
}"
f"{f"{1}" f"{2}"}"
f"{x:{'>'}{10}}"
f'{"\\"}'
f"{r'\d'}"
f"{b'bytes'!r}"
f"{"""triple"""}"
f"{(yield_from)}"
f"{x:=10}"
f"{(x:=10)}"
f"{lambda_:1}"
f"{(lambda x: x)(1)}"
