/**
 * Pearl &amp; Cavalcanti's claims and the contextuality results of the engine for {@code relax reproduce}: the
 * Peres–Mermin square (Sec. 5, eqs. 6–7), the n-cycle family (Araújo et al., PRA 88, 022118 (2013)) and the fine-tuning
 * of the relaxations of Chaves et al. 2015 and of the canonical graph of Fig. 1 (Def. 4, Theorem 1). Each class is one
 * {@link relax.scenarios.report.Reproduction}; docs/contextuality.md has the derivations.
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.*} and {@code relax.scenarios.*} (the shipped structures come
 * from {@code relax.scenarios.io}).
 */
package relax.scenarios.reproduce.contextuality;
