# check: stderr
# Calling a method on None returned by a lookup; markers under the attribute and call.
users = {"ann": {"email": "ann@example.org"}, "bob": {}}
def email_domain(name):
    record = users.get(name)
    email = record.get("email")
    return email.split("@")[1].upper()
for name in ["ann"]:
    print(name, email_domain(name))
for name in ["bob", "zed"]:
    try:
        email_domain(name)
    except AttributeError as e:
        print(name, type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.cache = None
    def first(self):
        return self.cache.items[0]
print(len(users), sorted(users))
print([email_domain(n) for n in users if "email" in users[n]])
Lazy().first()
