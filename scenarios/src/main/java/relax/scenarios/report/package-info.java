/**
 * What {@code relax reproduce} and {@code relax curve} write: the {@link relax.scenarios.report.Reproduction} contract
 * (one claim of a paper, recomputed, with its {@link relax.scenarios.report.Verdict} on the one scale agrees / refines /
 * contradicts and its proof), the report writer ({@link relax.scenarios.report.Report} with
 * {@link relax.scenarios.report.Provenance}), and the plots ({@link relax.scenarios.report.Chart}: PNG, SVG with text as
 * text, PDF; labels with sub- and superscripts in {@link relax.scenarios.report.RichText}).
 *
 * <p>Imports no physics package; depends on PDFBox (through its Graphics2D bridge) for PDF only.
 */
package relax.scenarios.report;
