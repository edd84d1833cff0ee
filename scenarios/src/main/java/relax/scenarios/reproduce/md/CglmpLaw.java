package relax.scenarios.reproduce.md;

import relax.lp.engine.SolveOptions;
import java.nio.file.Path;
import java.util.function.Consumer;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Chaves et al. 2015, eq. (11): given only the CGLMP value I_d (with no-signalling and normalisation), min M =
 * max(0, (I_d − 2)/4), found numerically up to d = 8. Reproduced for d = 2..8 at several values, each
 * with an exactly verified certificate.
 */
public final class CglmpLaw implements Reproduction {
    private static final double[] VALUES = {1.5, 2.5, 3.0, 3.5, 4.0};

    @Override
    public String id() {
        return "md-cglmp-law";
    }

    @Override
    public String title() {
        return "CGLMP law min M = max(0, (I_d − 2)/4) (eq. 11), d = 2..8";
    }

    @Override
    public Verdict verdict() {
        return Verdict.REFINES;
    }

    @Override
    public String proof() {
        return "every entry of this section's table is a certified LP optimum; the law is proved for all d and 2 ≤ I_d ≤ 4 in "
                + "docs/measurement-dependence.md, and it fails below the local minimum (d = 2, I_2 = −3 needs M = 1/4), a restriction the paper "
                + "does not state";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) {
        StringBuilder table = new StringBuilder("| d | strategies |");
        for (double v : VALUES) {
            table.append(" I_d = ").append(v).append(" |");
        }
        table.append(" seconds (all values) |\n|---|---|");
        table.append("---|".repeat(VALUES.length)).append("---|\n");
        boolean agrees = true;
        for (int d = 2; d <= 8; d++) {
            progress.accept("CGLMP law, d = " + d);
            BellFunctional f = BellFunctional.cglmp(d);
            table.append("| ").append(d).append(" | ").append((long) Math.pow(d, 4)).append(" |");
            long t0 = System.nanoTime();
            for (double v : VALUES) {
                MeasurementDependenceResult r = MeasurementDependenceAnalysis.functional(f, v, true, MeasurementDependenceMeasure.M,
                        InputDistribution.uniform(f.scenario()), SolveOptions.defaults()).result();
                double law = Math.max(0, (v - 2) / 4);
                boolean ok = r.verified() && Math.abs(r.value() - law) <= 1e-9;
                agrees &= ok;
                table.append(' ').append(Runs.f(r.value(), 9)).append(ok ? "" : " ✗").append(" |");
            }
            table.append(' ').append(Runs.f((System.nanoTime() - t0) / 1e9, 2)).append(" |\n");
        }
        String md = "## " + title() + "\n\n"
                + "min M over all measurement-dependent models whose (no-signalling) behaviour has the given I_d, uniform p(x,y); every entry "
                + "is an LP optimum with an exactly verified dual certificate. The law predicts 0, 0.125, 0.25, 0.375, 0.5.\n\n" + table
                + "\nThe law holds for every d and value tested, and is proven for all d and 2 ≤ I_d ≤ 4 in docs/measurement-dependence.md. "
                + "It needs the restriction I_d ≥ local minimum: below it M > 0 again (e.g. d = 2, I₂ = −3 needs M = 1/4).\n";
        return section(md, agrees, "min M = max(0, (I_d-2)/4) up to d = 8",
                agrees ? "the law at all 35 (d, I_d) points, exact certificates" : "deviations marked in the table");
    }
}
