print("storage: loading")
from models import User
saved = []
def save(obj):
    if not isinstance(obj, User):
        raise TypeError("can only save users")
    saved.append(obj.name)
    return f"saved {obj.name} ({len(saved)} total)"
