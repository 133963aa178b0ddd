# check: stderr
# AttributeError on a chain of attribute accesses.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
root = Node("root", Node("mid", Node("leaf")))
print(root.child.child.name)
def grandchild_name(node):
    return node.child.child.name
print(grandchild_name(root))
class Plain:
    slots_like = 1
p = Plain()
for name in ["slots_like", "missing", "__class__"]:
    try:
        value = getattr(p, name)
        print(name, "->", value if name != "__class__" else value.__name__)
    except AttributeError as e:
        print(name, "->", type(e).__name__, e)
try:
    None.child
except AttributeError as e:
    print(e)
print(grandchild_name(root.child))
