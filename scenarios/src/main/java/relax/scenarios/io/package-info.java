/**
 * Reading what users give the engine, and writing it back canonically: behaviour files in every form a
 * researcher's data comes in (JSON probabilities in any index order, counts, correlators and the
 * Collins–Gisin form of Collins &amp; Gisin 2004, CSV tables) and functional files.
 *
 * <p>Everything is validated before any LP runs, in exact arithmetic on the values as written
 * ({@link relax.scenarios.io.ExactNumber}: a decimal literal is an exact rational), under explicit limits on
 * size, encoding, nesting, number and string length and scenario size ({@link relax.scenarios.io.InputText},
 * {@code JsonText}); the rules for probabilities and what an accepted but unnormalised input becomes are in
 * {@code Normalisation}. Every failure is one line naming the file, the entry and the rule, with a hint where
 * one applies, and text from a file is neutralised before it can reach a terminal
 * ({@link relax.scenarios.io.TerminalText}).
 *
 * <p>May import {@code relax.core} and {@code relax.scenarios.functional}; Jackson for JSON, Commons Math's
 * {@code BigFraction} for exact values.
 */
package relax.scenarios.io;
