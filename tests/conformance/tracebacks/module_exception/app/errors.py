class AppError(Exception):
    """Base error of the app package."""
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"{self.key}: {self.problem}"
