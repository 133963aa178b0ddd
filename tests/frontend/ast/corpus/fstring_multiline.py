f'''single {x} line'''
f"""
multi
line {x}
text
"""
f'''{
x
}'''
f"""{x:
}""" if False else 0
f"""a {x
} b"""
f"""
    {a}
        {b!r:>10}
    {c = }
"""
f'''line one
line two {x:{
width}}'''
rf"""raw \n {x}
\t"""
f"""{'''inner triple'''}"""
f"""{"""same quotes"""}"""
f'''{
    [
        1,
        2,
    ]
}'''
f"""é{x}é
ü{y}ü"""
x = (f"first {a}"
     f"second {b}"
     "third")
