# Runtime TypeErrors from class patterns and bad __match_args__.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
class NotTuple:
    __match_args__ = ["a"]
    a = 1
class TooMany:
    __match_args__ = ("a",)
    a = 1
class NonStr:
    __match_args__ = (1,)
class Plain:
    x = 1
def m_not_tuple():
    match NotTuple():
        case NotTuple(v):
            return v
def m_too_many():
    match TooMany():
        case TooMany(p, q):
            return p, q
def m_non_str():
    match NonStr():
        case NonStr(v):
            return v
def m_plain_positional():
    match Plain():
        case Plain(v):
            return v
def m_not_class():
    not_a_class = 5
    match 1:
        case not_a_class.real():
            return "?"
def m_dup_keyword():
    match TooMany():
        case TooMany(v, a=w):
            return v, w
def m_ok():
    match TooMany():
        case TooMany(v):
            return v
attempt("list __match_args__", m_not_tuple)
attempt("too many positionals", m_too_many)
attempt("non-str in __match_args__", m_non_str)
attempt("no __match_args__", m_plain_positional)
attempt("called non-class", m_not_class)
attempt("positional and keyword same attr", m_dup_keyword)
attempt("ok", m_ok)
def m_int_two():
    match 3:
        case int(a, b):
            return a
attempt("int with two positionals", m_int_two)
def no_match_no_error():
    match NotTuple:
        case NotTuple(v):
            return v
    return "subject is the class itself: no match"
attempt("class as subject", no_match_no_error)
