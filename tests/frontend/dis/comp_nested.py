def flatten(matrix):
    return [x for row in matrix for x in row]

def transpose(matrix):
    return [[row[i] for row in matrix] for i in range(len(matrix[0]))]
