# Flags (I, M, S, X, A, U, inline and scoped), Unicode classes, greedy/lazy/possessive, atomic groups.
import re

print(re.findall(r"(?i)straße|STRASSE", "Straße strasse STRASSE"))
print(re.findall(r"[a-z]+", "Ünïcödé ascii", re.I), re.findall(r"\w+", "Ünïcödé ascii", re.A))
print(re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"(?s:a.)b", "a\nb"))
print(re.findall(r"""
    (\d{4})   # year
    -(\d{2})  # month
""", "2024-05 1999-12", re.X))
print(re.findall(r"\d", "1٣۴߅", re.U), re.findall(r"\d", "1٣۴", re.A), re.findall(r"\s", "\u00a0\u2003 \t"))
print(re.findall(r"(?i)ǅ", "ǄǅǆDž"), re.findall(r"(?i)[ς]", "ΣσςΣ"), re.findall(r"(?i)ﬀ", "ﬀff"))
print(re.match(r"<.+>", "<a><b>").group(), re.match(r"<.+?>", "<a><b>").group(), re.match(r"<.++>", "<a><b>"))
print(re.match(r"(?>a+)ab", "aaab"), re.match(r"(?>a+?)ab", "aaab"), re.match(r"a*+b", "aaab"))
print(re.match(r"(?:ab)*+ab", "ababab"), re.match(r"(?:ab){1,2}+", "ababab").group())
print(re.findall(r"\b\w+(?=ing\b)", "sing going walking"), re.findall(r"(?<=\$)\d+(?!\d*%)", "$10 $20% $3"))
print(re.sub(r"(?<![\w.])(\d+)(?![\w.])", r"<\1>", "1 2.5 a3 44"))
print(re.match(r"(a)|b", "b").groups(), re.match(r"(?:(a)|b)+", "ab").group(1), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.fullmatch(r"(\w+)\s\1", "hello hello"), re.search(r"(?i)(\w)\1", "aA bb"))
print(re.findall(r"[\U0001F600-\U0001F64F]+", "hi 😀😃 there 🙂"), len(re.match(r".", "😀").group()))
