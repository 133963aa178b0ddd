VALUE = "helper of mpkg"
