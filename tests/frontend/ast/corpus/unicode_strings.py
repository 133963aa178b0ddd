# Multi-byte characters shift UTF-8 byte columns away from character columns.
s = "é"
s = "日本語"
s = "😀"
s = "a😀b" + "c"
s = "é" + "é" + "é"
s = ("日本", "語", "😀😀")
s = f"é{x}é{y!r}😀"
s = f"{'😀'}"
s = t"日本{x}語"
b = "ascii" if "é" else "ü"
x = ["€", "£", "¥"][0]
d = {"ключ": "значение"}
z = "\u00e9" "é" "\N{LATIN SMALL LETTER E WITH ACUTE}"
w = '''多行
字符串 😀
end''' + x
c = "𝒳"; d = "𝒴"; e = c + d
