# check: stderr
# except* handles part of a group; the rest propagates and is printed.
def tasks():
    errors = []
    for name, exc in [("a", ValueError("bad a")), ("b", OSError("io b")),
                      ("c", ValueError("bad c")), ("d", KeyError("d"))]:
        try:
            raise exc
        except Exception as e:
            e.add_note(f"task {name}")
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)
try:
    tasks()
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
    print("notes:", [e.__notes__ for e in g.exceptions])
except* KeyError as g:
    print("key errors:", len(g.exceptions))
    raise IndexError("converted key error")
