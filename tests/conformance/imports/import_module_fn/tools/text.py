print("tools.text loaded")
def shout(s):
    return s.upper() + "!"
