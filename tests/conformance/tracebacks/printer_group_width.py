# check: stderr
# An exception group with more members than max_group_width (15) and a nested group.
members = []
for i in range(18):
    members.append(ValueError("member " + str(i)))
inner = ExceptionGroup("inner", [TypeError("a"), KeyError("b")])
members[1] = inner
print("raising")
raise ExceptionGroup("many", members)
