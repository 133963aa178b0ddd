# check: stderr
# Groups nested deeper than max_group_depth (10) are cut with "... (max_group_depth is 10)".
group = ExceptionGroup("level 0", [ValueError("leaf")])
for level in range(1, 13):
    group = ExceptionGroup("level " + str(level), [group, IndexError("at " + str(level))])
print("raising")
raise group
