def api():
    return "library api"
if __name__ == "__main__":
    print("library run as a script (never here)")
else:
    print("library imported as", __name__)
