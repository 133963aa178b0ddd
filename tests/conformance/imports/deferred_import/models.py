print("models: loading")
class User:
    def __init__(self, name):
        self.name = name
    def save(self):
        from storage import save
        return save(self)
