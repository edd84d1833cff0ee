/**
 * Reading what users give the engine: behaviour files and functional files, validated before any LP runs,
 * with one-line errors that name the file, the entry and the rule.
 *
 * <p>May import {@code relax.core} and {@code relax.scenarios.functional}.
 */
package relax.scenarios.io;
