# name: strings
# tags: strings, format
# size: 40000 records formatted with f-strings, %-formatting and str.format, then split, joined and searched
# description: String building and formatting (f-strings, format specs, join, split, replace, find, upper).
# result: the total length and a checksum of the produced text


def render(i):
    name = "item%d" % i
    price = (i * 37 % 1000) / 7
    line = f"{name:<12}|{price:>10.3f}|{i:08x}|{'odd' if i & 1 else 'even'}"
    return "{0}|{1!r}|{2:,}".format(line, name.upper(), i * 1234567)


def main(n):
    lines = [render(i) for i in range(n)]
    text = "\n".join(lines)
    total = len(text)
    checksum = 0
    for line in text.split("\n"):
        fields = line.split("|")
        checksum = (checksum * 131 + len(fields[0].strip()) + fields[4].find("1")) % 1000003
        if "ITEM1" in fields[4]:
            checksum += 1
    replaced = text.replace("odd", "ODD").count("ODD")
    words = " ".join(line[:12].strip().title() for line in lines[:1000])
    return total, checksum, replaced, len(words)


N = 40000
total, checksum, replaced, words = main(N)
print(f"strings {N}: length {total}, checksum {checksum}, odd {replaced}, words {words}")
