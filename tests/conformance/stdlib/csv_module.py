# csv over _csv: reading and writing with tricky quoting, escaping and newlines, dialects,
# the QUOTE_* styles (QUOTE_STRINGS and QUOTE_NOTNULL too), DictReader/DictWriter, Sniffer,
# field_size_limit and the errors.
import csv
import io


def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except csv.Error as e:
        return "Error: " + str(e)


def write(rows, **kw):
    out = io.StringIO()
    try:
        csv.writer(out, **kw).writerows(rows)
    except csv.Error as e:
        return "Error: " + str(e)
    return out.getvalue()


print("-- reading")
CASES = [
    'a,b,c\r\n1,2,3\r\n',
    'a,"b,c",d\n',
    '"quoted ""inner"" text",plain\n',
    '"multi\nline\r\nfield",x\n',
    'a,,c\n,\n\n"",""\n',
    '"unterminated\nfield',
    'a,"b"c,d\n',
    ' a, "b" ,c\n',
    'x\ry\rz',
    'last line without newline',
    'trailing,\n',
    '"",,""\n',
    'caf\u00e9,\U0001f600,"\u00fc"\n',
]
for text in CASES:
    print(repr(text), read(text))
print(read(' a, "b, c",d\n', skipinitialspace=True))
print(read('a;b;"c;d"\n', delimiter=";"))
print(read("a|'b|c'|d\n", delimiter="|", quotechar="'"))
print(read('a\\,b,c\\\nd,e\n', escapechar="\\"))
print(read('"a\\"b",c\n', escapechar="\\", doublequote=False))
print(read('"a""b",c\n', doublequote=False))
print(read('a,"b,c\n', quoting=csv.QUOTE_NONE))
print(read('1,"2",3.5,,x\n', quoting=csv.QUOTE_NONNUMERIC) if False else read('1,"2",3.5\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('1,"a",,""\n', quoting=csv.QUOTE_STRINGS))
print(read('1,"a",,""\n', quoting=csv.QUOTE_NOTNULL))
print(read('a,b\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('a,"b"x\n', strict=True))
print(read('"abc', strict=True))
print(read('a,b\nc"d,e\n'))
print(read('a\nb\rc\r\nd'))
print(read(["a,b\n", "c,d"]) if False else list(csv.reader(["a,b\n", "c,d", "", "e"])))
print(list(csv.reader(["a\rb"])) if False else read("line1\nline2\n", lineterminator="\r"))
try:
    list(csv.reader(["a,b\nc,d"]))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader([b"bytes,line"]))
except csv.Error as e:
    print("Error:", e)
r = csv.reader(io.StringIO('a\n"b\nc"\nd\n', newline=""))
for row in r:
    print(row, r.line_num)
print(r.dialect.delimiter, r.dialect.quoting)

print("-- field size limit")
old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
print(read("0123456789,ok\n"))
print(read("01234567890,too long\n"))
print(read('"0123456789x"\n'))
csv.field_size_limit(old)
try:
    csv.field_size_limit("10")
except TypeError as e:
    print("TypeError:", e)

print("-- writing")
ROWS = [
    ["plain", "with,comma", 'with "quote"', "new\nline", "cr\rhere", ""],
    [1, 2.5, None, True, -3],
    [],
    [""],
    [None],
    ["caf\u00e9", "\U0001f600"],
]
for quoting in range(6):
    print(quoting, repr(write(ROWS, quoting=quoting, escapechar="\\")))
print(repr(write(ROWS[:1], quoting=csv.QUOTE_NONE)))
print(repr(write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([['c"d', "e\\f"]], doublequote=False, escapechar="\\")))
print(repr(write([['c"d']], doublequote=False)))
print(repr(write([["a", "b"]], delimiter="\t", lineterminator="\n")))
print(repr(write([["a", "", "b"], [""]], delimiter=" ", skipinitialspace=True)))
print(repr(write([["a", None]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NOTNULL)))
print(repr(write([["x;y", "z"]], delimiter=";", quotechar="'")))
print(repr(write([["a", "b"]], lineterminator="!")), repr(write([["a!b"]], lineterminator="!")))
print(repr(write([[""]], quoting=csv.QUOTE_NONE)), repr(write([[None]], quoting=csv.QUOTE_STRINGS)))
print(repr(write([iter(["from", "iterator"]), ("tuple", 1), "str"])))
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerows([["ok"], 5])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(None)
except TypeError as e:
    print("TypeError:", e)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["returns", "write's result"]), w.dialect.lineterminator == "\r\n")

print("-- round trip")
tricky = [["a", 'b"c', "d,e", "f\ng", "h\r\ni", " j ", ""], ["\u00e9", "x" * 50, "1.5"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    print(read(write(tricky, quoting=quoting)) == tricky)

print("-- dialects")
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(type(d).__name__, d.delimiter, d.quotechar, d.quoting, d.doublequote, d.escapechar, repr(d.lineterminator), d.skipinitialspace, d.strict)
print(repr(write([["a", 1]], dialect="pipes")), read('"a"|"b"\n', dialect="pipes"))
print(repr(write([["a", 1]], dialect="pipes", delimiter=";")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print("Error:", e)


class Semi(csv.excel):
    delimiter = ";"


print(repr(write([["a", "b;c"]], dialect=Semi)), read("a;b\n", dialect=Semi))
csv.register_dialect("semi", Semi)
print(csv.get_dialect("semi").delimiter)
print(csv.excel_tab.delimiter == "\t", csv.unix_dialect.lineterminator, csv.unix_dialect.quoting)
for kw in [dict(quoting=9), dict(delimiter="ab"), dict(delimiter=None), dict(delimiter="\n"), dict(escapechar=","),
           dict(quotechar=""), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(lineterminator=None),
           dict(quoting="1"), dict(quotechar=" ", skipinitialspace=True), dict(lineterminator=";", delimiter=";"),
           dict(escapechar='"'), dict(delimiter=1)]:
    try:
        csv.writer(io.StringIO(), **kw)
        print(kw, "ok")
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, e)
print(csv.reader([], quotechar=None).dialect.quoting)
try:
    csv.reader([], "nope")
except csv.Error as e:
    print("Error:", e)
try:
    csv.register_dialect(1)
except TypeError as e:
    print("TypeError:", e)


class Bad(csv.Dialect):
    delimiter = ","


try:
    Bad()
except csv.Error as e:
    print("Error:", e)

print("-- DictReader and DictWriter")
text = "name,age,city\r\nAnn,30,Oslo\r\nBob,25\r\nCy,40,Rome,extra,more\r\n\r\nDee,1,X\r\n"
dr = csv.DictReader(io.StringIO(text, newline=""))
print(dr.fieldnames)
for row in dr:
    print(row)
dr = csv.DictReader(io.StringIO("1,2\n3\n", newline=""), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], restval="-", extrasaction="ignore")
dw.writeheader()
dw.writerow({"x": 1, "y": "two, three"})
dw.writerow({"x": 4, "z": 9})
dw.writerows([{"y": 5}, {"x": None}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)

print("-- Sniffer")
s = csv.Sniffer()
sample = "id;name;score\n1;'Ann';3.5\n2;'Bob';4\n3;'Cy';5\n"
d = s.sniff(sample)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace)
print(s.has_header(sample), s.has_header("1,2\n3,4\n"))
d = s.sniff('a,"b, c",d\ne,"f, g",h\n')
print(d.delimiter, d.quotechar)
try:
    s.sniff("")
except csv.Error as e:
    print("Error:", e)
