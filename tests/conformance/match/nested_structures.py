# Matching nested JSON-like data.
def describe(doc):
    match doc:
        case {"user": {"name": str(name), "roles": [*roles]}, "active": True} if "admin" in roles:
            return f"active admin {name} ({len(roles)} roles)"
        case {"user": {"name": str(name)}, "active": False}:
            return f"inactive user {name}"
        case {"user": {"name": str(name), "email": str(email)}}:
            return f"user {name} <{email}>"
        case {"items": [{"id": int(first_id)}, *others]}:
            return f"items starting with id {first_id}, {len(others)} more"
        case {"items": []}:
            return "no items"
        case {"error": {"code": 400 | 404 as code, "msg": msg}}:
            return f"client error {code}: {msg}"
        case {"error": {"code": int(code)}} if code >= 500:
            return f"server error {code}"
        case [("pair", a, b), *_]:
            return f"pair list starting {a}/{b}"
        case _:
            return "unrecognised"
docs = [
    {"user": {"name": "ann", "roles": ["admin", "dev"]}, "active": True},
    {"user": {"name": "bob", "roles": ["dev"]}, "active": True},
    {"user": {"name": "cy", "roles": []}, "active": False},
    {"user": {"name": "di", "email": "di@example.org"}},
    {"items": [{"id": 7}, {"id": 8}, {"id": 9}]},
    {"items": [{"id": "x"}]},
    {"items": []},
    {"error": {"code": 404, "msg": "missing"}},
    {"error": {"code": 503}},
    {"error": {"code": 302}},
    [("pair", 1, 2), ("pair", 3, 4)],
    [("pair", 1)],
]
for d in docs:
    print(describe(d))
