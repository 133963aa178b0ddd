# check: stderr
# A __notes__ that is no sequence is printed by its repr.
problem = TypeError("odd notes")
problem.__notes__ = "just a string"
print("raising")
raise problem
