# %% [markdown]
# # The CHSH law, min C_X→B = max(0, CHSH), in ten lines
# Chaves, Kueng, Brask & Gross 2015, eq. (7): the least direct causal influence of Alice's input on Bob's output
# that a classical model needs is the CHSH violation of eq. (8), maximised over its relabellings. Here: 200
# random two-qubit behaviours (state cos t|00> + sin t|11>, measurements cos u Z + sin u X), CHSH from their
# correlators, and min C_X→B from the engine, every value with an exactly verified certificate.
# (The twin of chsh_law.ipynb, run in CI; `# %%` marks its cells.)

# %%
import numpy as np, matplotlib.pyplot as plt, relax  # (headless, e.g. in CI: MPLBACKEND=Agg)
def behaviour(t, al, be):  # p[x][y][a][b]: <A_x> = cos2t cos al, <B_y> = cos2t cos be, <A_x B_y> = cos al cos be + sin2t sin al sin be
    x, y, a, b = np.indices((2, 2, 2, 2)); A, B = np.cos(al)[x], np.cos(be)[y]; E = A * B + np.sin(2 * t) * np.sin(al)[x] * np.sin(be)[y]
    return (1 + (-1) ** a * np.cos(2 * t) * A + (-1) ** b * np.cos(2 * t) * B + (-1) ** (a + b) * E) / 4
rng = np.random.default_rng(1); ps = [behaviour(rng.uniform(0, np.pi / 4), rng.uniform(0, 2 * np.pi, 2), rng.uniform(0, 2 * np.pi, 2)) for _ in range(200)]
chsh = np.array([(max(abs(e.sum() - 2 * e[i, j]) for i in range(2) for j in range(2)) - 2) / 4 for e in (np.einsum("xyab,ab->xy", p, [[1, -1], [-1, 1]]) for p in ps)])  # eq. (7) from the correlators E_xy: (max S - 2)/4
res = relax.batch([{"command": "influence", "model": "x2b", "behaviour": p} for p in ps], threads=2)
value = np.array([r.value for r in res]); assert all(r.verified for r in res) and np.allclose(value, np.maximum(0, chsh), atol=1e-9)
c = np.linspace(chsh.min(), chsh.max()); plt.plot(c, np.maximum(0, c), "k-", lw=0.8, label="max(0, CHSH)"); plt.plot(chsh, value, ".", label="relax")
plt.xlabel("CHSH (eq. 7)"); plt.ylabel("min $C_{X\\to B}$"); plt.legend(); plt.savefig("chsh_law.png", dpi=120)

# %%
print(f"{len(ps)} behaviours, {int((chsh > 0).sum())} non-local; largest |min C_X->B - max(0, CHSH)| = "
      f"{np.abs(value - np.maximum(0, chsh)).max():.1e}; plot in chsh_law.png")
