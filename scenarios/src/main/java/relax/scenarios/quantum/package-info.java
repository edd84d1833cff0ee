/**
 * Named behaviours: the Born rule for local projective measurements on pure states
 * ({@link relax.scenarios.quantum.QuantumBehaviour}), the textbook boxes and the behaviours of Chaves et al.
 * 2015 (Tsirelson, I3322 box of eq. 36, the states of eq. 10, CGLMP, chained Bell, the swapping
 * behaviours of eqs. 54–55).
 *
 * <p>May import {@code relax.core}.
 */
package relax.scenarios.quantum;
