# readline and iteration of StringIO and TextIOWrapper in every newline mode ("" splits at a lone \r too).
import io
for nl in (None, "", "\n", "\r", "\r\n"):
    for text in ("x\ry\rz", "a\r\nb\nc\r", "p\rq\r\n\r\nr", "\r", "no end"):
        print(repr(nl), repr(text), list(io.StringIO(text, newline=nl)), list(io.TextIOWrapper(io.BytesIO(text.encode()), newline=nl)))
        t = io.TextIOWrapper(io.BytesIO(text.encode()), newline=nl)
        print(t.readline(2), t.readline(), t.read())
