/**
 * The {@code relax} command line (picocli): one class per command, its text and JSON reports, exit codes
 * and progress. Commands parse options, call an analysis, and print its outcome; they compute nothing
 * themselves.
 */
package relax.cli;
