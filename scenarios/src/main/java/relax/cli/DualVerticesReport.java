package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.DualRegion;
import relax.lp.polytope.DualVertices;
import relax.scenarios.analysis.DualLaw;

/** Renders the vertices of a dual region and their law as text for people or as one JSON object for scripts. */
final class DualVerticesReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CausalModel model;
    private final DualLaw.Law law;
    private final String engine;
    private final double seconds;
    private final String check;

    DualVerticesReport(CausalModel model, DualLaw.Law law, String engine, double seconds, String check) {
        this.model = model;
        this.law = law;
        this.engine = engine;
        this.seconds = seconds;
        this.check = check;
    }

    /** An exact rational as "n" or "n/d". */
    static String exact(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
    }

    /** What a formulation is, in one line. */
    static String formulation(DualRegion.Formulation f) {
        return switch (f) {
            case LIFTED -> "lifted: (z, x) with Tᵀz <= Cᵀx, x >= 0, Σx <= 1 (eq. (27) with x >= 0)";
            case PROJECTED -> "projected: z with Tᵀz <= Cᵀx for some x >= 0, Σx <= 1";
            case L1 -> "l1: (z, x) with Tᵀz <= Cᵀx, ‖x‖₁ <= 1 (Corollary 8 as printed)";
        };
    }

    private static String kind(DualVertices.Kind k) {
        return k.label();
    }

    void print(PrintWriter w) {
        DualVertices d = law.vertices();
        Scenario s = d.scenario();
        DualRegion.Enumeration e = d.enumeration();
        w.printf("dual region of min %s, %s: %s, scenario %s%n", law.measure(), model.key(), model.title(), s);
        w.printf("  formulation  %s%n", formulation(e.formulation()));
        StringBuilder gauge = new StringBuilder();
        for (int j : e.gauge().zeroCoordinates()) {
            gauge.append(gauge.length() == 0 ? "" : ", ").append(s.entryName(j));
        }
        w.printf("  lineality    dimension %d (z orthogonal to every column of T); gauge: z = 0 at %s%n", e.lineality().length,
                gauge.length() == 0 ? "no entry" : gauge);
        w.printf(Locale.ROOT, "  found        %d vertices and %d rays; symmetries: %d of the %d relabellings%s%n", d.vertices().size(), e.rays().size(),
                d.group().order(), d.group().candidates(), d.group().checked() ? "" : " (too many to try: no symmetry classes)");
        w.printf("  vertices     z over");
        for (int j = 0; j < s.size(); j++) {
            w.print(" " + s.entryName(j));
        }
        w.println(e.vertices().isEmpty() || e.vertices().get(0).x().length == 0 ? "" : "; x over the measure rows");
        for (int i = 0; i < d.vertices().size(); i++) {
            DualRegion.Point p = d.vertices().get(i);
            StringBuilder z = new StringBuilder();
            for (BigFraction f : p.z()) {
                z.append(String.format("%5s", exact(f)));
            }
            StringBuilder x = new StringBuilder();
            for (BigFraction f : p.x()) {
                x.append(' ').append(exact(f));
            }
            w.printf(Locale.ROOT, "  %4d  class %-2d %-13s %s   x =%s%n", i + 1, d.classOf(i) + 1, kind(d.kind(i)), z, x);
        }
        w.println("  classes");
        for (int c = 0; c < law.classes().size(); c++) {
            DualLaw.ClassLaw k = law.classes().get(c);
            w.printf("    %d  %d %s vert%s, e.g. #%d: %s%n", c + 1, k.size(), kind(k.kind()), k.size() == 1 ? "ex" : "ices", k.representative() + 1,
                    k.expression().isEmpty() ? "0" : k.expression());
            if (!k.identity().isEmpty()) {
                w.printf("       = %s on every %s behaviour%n", k.identity(), model.key());
            } else if (k.kind() == DualVertices.Kind.BELL) {
                w.printf("       on no-signalling behaviours: %s%n", k.noSignalling());
            }
        }
        w.printf("  law          %s%n", law.text());
        w.printf("               %s%n", law.noSignalling());
        w.printf("  rays         %d directions r with Tᵀr <= 0, never optimal (Proposition 9): the facets of the polytope of %s behaviours%n",
                e.rays().size(), model.key());
        w.printf(Locale.ROOT, "  engine       %s, %.2f s%s%n", engine, seconds, check.isEmpty() ? "" : "; " + check);
    }

    String json() {
        DualVertices d = law.vertices();
        Scenario s = d.scenario();
        DualRegion.Enumeration e = d.enumeration();
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model.key());
        root.put("measure", law.measure());
        root.put("scenario", s.toString());
        root.put("formulation", e.formulation().key());
        ArrayNode entries = root.putArray("entries");
        for (int j = 0; j < s.size(); j++) {
            entries.add(s.entryName(j));
        }
        ArrayNode vertices = root.putArray("vertices");
        for (int i = 0; i < d.vertices().size(); i++) {
            DualRegion.Point p = d.vertices().get(i);
            ObjectNode v = vertices.addObject();
            v.put("index", i + 1);
            v.put("class", d.classOf(i) + 1);
            v.put("kind", kind(d.kind(i)));
            ArrayNode z = v.putArray("z");
            for (BigFraction f : p.z()) {
                z.add(exact(f));
            }
            ArrayNode x = v.putArray("x");
            for (BigFraction f : p.x()) {
                x.add(exact(f));
            }
        }
        ArrayNode classes = root.putArray("classes");
        for (int c = 0; c < law.classes().size(); c++) {
            DualLaw.ClassLaw k = law.classes().get(c);
            ObjectNode o = classes.addObject();
            o.put("class", c + 1);
            o.put("kind", kind(k.kind()));
            o.put("size", k.size());
            o.put("representative", k.representative() + 1);
            o.put("expression", k.expression());
            o.put("identity", k.identity());
            o.put("no_signalling", k.noSignalling());
        }
        ObjectNode l = root.putObject("law");
        l.put("text", law.text());
        l.put("no_signalling", law.noSignalling());
        ArrayNode rays = root.putArray("rays");
        for (BigInteger[] r : e.rays()) {
            ArrayNode a = rays.addArray();
            for (BigInteger c : r) {
                a.add(c.toString());
            }
        }
        root.put("lineality_dimension", e.lineality().length);
        ArrayNode gauge = root.putArray("gauge_zero_entries");
        for (int j : e.gauge().zeroCoordinates()) {
            gauge.add(s.entryName(j));
        }
        root.put("symmetries", d.group().order());
        root.put("relabellings", d.group().candidates());
        root.put("engine", engine);
        root.put("cross_check", check);
        root.put("seconds", seconds);
        return root.toString();
    }
}
