package relax.scenarios.reproduce.polytope;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.BehaviourPolytope;
import relax.lp.polytope.Polyhedra;
import relax.scenarios.analysis.FacetAnalysis;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.report.Markdown;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Chaves et al. 2015, eq. (10): "One facet of this polytope is I_A→B = E00 − E02 − E11 + E12 − E20 + E21 ≤ 4", the
 * polytope of behaviours A→B models produce in the 3,3,2,2 scenario (found with PORTA). Tested exactly: the
 * deterministic behaviours it is tight on, their affine dimension against the polytope's, the facets through
 * its face; and the same for the polytope's projection onto the nine correlators E_xy.
 */
public final class EquationTenFacet implements Reproduction {
    private static final Scenario S3322 = Scenario.bipartite(3, 3, 2, 2);

    @Override
    public String id() {
        return "eq10-facet";
    }

    @Override
    public String title() {
        return "Is I_A→B ≤ 4 (eq. 10) a facet of the A→B polytope?";
    }

    @Override
    public Verdict verdict() {
        return Verdict.REFINES;
    }

    @Override
    public String proof() {
        return "this section (exact): valid, a facet of the correlator projection, but a face of dimension 17 of the 21-dimensional "
                + "polytope of behaviours; docs/dual-vertices.md";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) {
        progress.accept(id() + ": face of eq. (10) and the facets through it");
        BehaviourPolytope p = FacetAnalysis.polytope(CausalModel.A_TO_B, S3322);
        FacetAnalysis.Face face = FacetAnalysis.face(p, BellFunctional.iAtoB(), 4, Polyhedra.Options.defaults());
        BehaviourPolytope.Face f = face.face();

        // the projection onto the correlators E_xy = Σ (−1)^(a+b) p(ab|xy)
        Set<List<BigInteger>> correlators = new LinkedHashSet<>();
        for (BigInteger[] v : p.vertices()) {
            correlators.add(correlators(v));
        }
        List<BigInteger[]> all = new ArrayList<>();
        List<BigInteger[]> tight = new ArrayList<>();
        int[][] sign = {{1, 0, -1}, {0, -1, 1}, {-1, 1, 0}};
        for (List<BigInteger> e : correlators) {
            BigInteger[] v = e.toArray(new BigInteger[0]);
            all.add(v);
            BigInteger value = BigInteger.ZERO;
            for (int k = 0; k < 9; k++) {
                value = value.add(v[k].multiply(BigInteger.valueOf(sign[k / 3][k % 3])));
            }
            if (value.equals(BigInteger.valueOf(4))) {
                tight.add(v);
            }
        }
        int correlatorDimension = Polyhedra.affineDimension(all);
        int correlatorFace = Polyhedra.affineDimension(tight);
        boolean correlatorFacet = f.valid() && correlatorFace == correlatorDimension - 1;

        StringBuilder md = new StringBuilder("## ").append(title()).append("\n\n");
        md.append("**Claim.** The behaviours of A→B models (Fig. 1b: b = f(a, y, λ)) in the 3,3,2,2 scenario form a polytope, and "
                + "I_A→B = E00 − E02 − E11 + E12 − E20 + E21 ≤ 4 is one of its facets (Chaves et al. 2015, eq. (10), found with PORTA).\n\n");
        md.append("**Method.** The polytope is the convex hull of the deterministic A→B behaviours: ").append(p.vertices().size())
                .append(" distinct ones from the 512 strategies (for constant α only Bob's responses to that a matter: 6·64 + 2·8), of affine "
                        + "dimension ").append(f.polytopeDimension()).append(" (36 entries − 9 normalisations − 6 of Alice's no-signalling "
                        + "conditions). A valid inequality is a facet exactly when the deterministic behaviours it is tight on span dimension ")
                .append(f.polytopeDimension() - 1).append(". Everything exact (`relax facets --model a2b --scenario 3,3,2,2 --through iab`).\n\n");
        md.append("**Results.**\n\n");
        List<String> results = new ArrayList<>();
        results.add("valid: the maximum of I_A→B over the deterministic behaviours is " + BellExpression.fraction(face.maximum()) + ";");
        results.add("tight on " + f.tight() + " deterministic behaviours, which span an affine subspace of dimension " + f.dimension() + " < "
                + (f.polytopeDimension() - 1) + ": **not a facet** of the A→B polytope but a face of codimension " + (f.polytopeDimension() - f.dimension()) + ";");
        StringBuilder classes = new StringBuilder();
        for (int c = 0; c < face.through().classes().size(); c++) {
            FacetAnalysis.FacetClass k = face.through().classes().get(c);
            classes.append("\n  - class ").append(c + 1).append(" (").append(k.size()).append(" facets), e.g. `").append(k.expression()).append('`');
        }
        results.add("the facets through that face: " + face.through().facets().facets().inequalities().size() + ", in "
                + face.through().classes().size() + " classes under the polytope's " + p.symmetries().order() + " relabelling symmetries:" + classes);
        results.add("projected onto the nine correlators E_xy the polytope has " + all.size() + " vertices of affine dimension "
                + correlatorDimension + "; I_A→B = 4 on " + tight.size() + " of them, spanning dimension " + correlatorFace
                + (correlatorFacet ? ": a facet of the correlator polytope." : "."));
        md.append(Markdown.bullets(results));
        md.append("Eq. (10) is valid (maximum 4) and " + (correlatorFacet ? "is a facet of the A→B polytope's projection onto "
                + "the correlators E_xy, the space it is written in" : "is not a facet of the correlator projection either")
                + "; in the full space of behaviours p(ab|xy), where the polytope lives and where A→B models differ in their marginals, "
                + "it defines a face of dimension " + f.dimension() + (f.facet() ? ", a facet" : ", the intersection of the facets listed above, so it is "
                + "implied by them and is not itself a facet") + ". Its use in the paper — a violation by every partially entangled "
                + "state proves the A→B structure cannot reproduce it (reproduced in the I_A→B section) — does not depend on it being a facet.\n");
        return section(md.toString(), f.valid() && !f.facet() && correlatorFacet, "a facet of the A→B polytope",
                "valid; tight on " + f.tight() + " behaviours spanning dimension " + f.dimension() + " of " + f.polytopeDimension()
                        + ": not a facet (a facet of the correlator projection: " + (correlatorFacet ? "yes" : "no") + ")");
    }

    /** E_xy = p(00|xy) − p(01|xy) − p(10|xy) + p(11|xy) of a deterministic behaviour. */
    private static List<BigInteger> correlators(BigInteger[] v) {
        List<BigInteger> e = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                BigInteger s = BigInteger.ZERO;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        BigInteger t = v[S3322.index(x, y, a, b)];
                        s = (a ^ b) == 0 ? s.add(t) : s.subtract(t);
                    }
                }
                e.add(s);
            }
        }
        return e;
    }
}
