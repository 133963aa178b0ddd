class C:
    a: int
    b: str = "s"
    c: list[int] = []

    def m(self) -> None:
        self.d: int = 1
