package relax.scenarios.reproduce.curves;

import relax.lp.engine.SolveOptions;
import java.util.List;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.Relaxation;

/**
 * One sweep of {@code relax curve}: a family of LPs whose optima trace a curve of Chaves et al. (2015), with its plots and
 * data ({@link CurveData}: PNG, SVG, PDF and CSV in the layout {@code series,x,y,certified}).
 */
public interface Curve {

    /**
     * Every curve of this build (the registry {@code relax curve} lists): chsh-x2b, chsh-a2b, chsh-comm, i3322 (Fig. 2),
     * iab, md-fig3 (Fig. 3), bilocal-fig4 (Fig. 4), bilocal-fig5 (Fig. 5).
     */
    static List<Curve> all() {
        return List.of(new ChshCurve(CausalModel.X_TO_B), new ChshCurve(CausalModel.A_TO_B), new ChshCurve(CausalModel.COMMUNICATION),
                new I3322Curve(), new IabCurve(), new CglmpMutualInformationCurve(), new NonBilocalityCurve(), new MinimumNonBilocalityCurve());
    }

    /** The curve called {@code id}. */
    static Curve named(String id) {
        for (Curve c : all()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown curve '" + id + "': expected one of " + String.join(", ", all().stream().map(Curve::id).toList()));
    }

    /** The name on the command line, e.g. {@code i3322}; also the base name of its files. */
    String id();

    /** One line for {@code relax curve --help}. */
    String description();

    /**
     * Runs the sweep.
     *
     * @param points   points per swept series (at least 2)
     * @param options  LP settings
     * @param progress told after every LP
     */
    Result compute(int points, SolveOptions options, SweepProgress progress);

    /**
     * A finished sweep.
     *
     * @param plots    the plots with their data
     * @param findings one line each: what the sweep shows (values, agreement, exact breakpoints)
     */
    record Result(List<CurveData> plots, List<String> findings) {
    }
}
