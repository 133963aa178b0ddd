# check: stderr
# East Asian wide characters before the failing expression: markers are shifted by display width.
def 計算(値):
    return 値


表 = {"キー": 10}
print(計算(1))
結果 = 計算(表["キー"]) + 計算("ｱｲｳ") / 0
