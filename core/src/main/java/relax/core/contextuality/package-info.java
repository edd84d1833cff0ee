/**
 * Kochen–Specker contextuality as data (Pearl &amp; Cavalcanti, <em>Classical causal models cannot faithfully explain
 * Bell nonlocality or Kochen–Specker contextuality in arbitrary scenarios</em>, Secs. 3–6): compatibility scenarios
 * with ordered contexts ({@link relax.core.contextuality.CompatibilityScenario}), behaviours per context
 * ({@link relax.core.contextuality.CompatibilityBehaviour}), the no-disturbance conditions of their Def. 2
 * ({@link relax.core.contextuality.NoDisturbance}), deterministic strategies that are noncontextual (Def. 3),
 * slot-dependent (Fig. 1 without the symmetry clause of Def. 4.2) or context-dependent with the context→outcome
 * influence as measure — the analogue of C_X→B of Chaves, Kueng, Brask &amp; Gross 2015, eq. (29) —
 * ({@link relax.core.contextuality.ContextualStrategies}), correlator sums such as ⟨KS⟩ of eq. (6)
 * ({@link relax.core.contextuality.CorrelatorSum}), and faithfulness of a causal graph to the no-disturbance
 * independences (Def. 4.1, eq. 8; {@link relax.core.contextuality.Faithfulness}) with the canonical graph of Fig. 1
 * ({@link relax.core.contextuality.CausalGraph}).
 *
 * <p>Behaviours live in a one-party Bell {@link relax.core.Scenario} (one input per context), so the engine's
 * relaxations, certificates and column generation serve contextuality unchanged. See docs/contextuality.md.
 *
 * <p>May import {@code relax.core}, {@code relax.core.strategy}, {@code relax.core.graph} and
 * {@code relax.core.structure}; no solver.
 */
package relax.core.contextuality;
