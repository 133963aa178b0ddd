# Non-ASCII identifiers; NFKC normalization applies (PEP 3131), so 'ﬁ' becomes 'fi'.
café = 1
naïve = café
π = 3.14159
Δx = 1
日本語 = "nihongo"
переменная = 2
μ = 1
µ = 2
ﬁle = 3
ℌ = 4
ｘ = 5
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 6
ª = 7
Ⅸ = 9
_ñ = 11
def función(año, *, día=1, **ñ):
    return año + día
class Ñandú:
    ｆｉｅｌｄ: int = 0
    def método(self):
        return self.ｆｉｅｌｄ
obj.ﬁeld = ﬁle
print(ℌ, ｘ, ª, Ⅸ)
import café.ﬁle as ℕ
from ünïcödé import ﬁ as ﬂ
f"{café=}"
f"{ﬁle=}"
lambda ł: ł
[ś for ś in ŝ]
match café:
    case Ñandú(método=ﬁ): pass
