package relax.scenarios.reproduce.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.locality.CausalModel;
import relax.scenarios.report.Chart;

/** The one CSV layout of every curve, and the structure of the plots (colours, markers, overlays on top) from hand-made sweeps. */
class CurveDataTest {

    /** Parses {@code series,x,y,certified} strictly: a quoted name, two numbers, and true, false or nothing. */
    static List<String[]> parse(String csv) {
        String[] lines = csv.split("\n");
        assertEquals("series,x,y,certified", lines[0]);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            assertTrue(line.startsWith("\""), line);
            int close = line.lastIndexOf('"');
            String[] rest = line.substring(close + 2).split(",", -1);
            assertEquals(3, rest.length, line);
            Double.parseDouble(rest[0]);
            Double.parseDouble(rest[1]);
            assertTrue(Set.of("true", "false", "").contains(rest[2]), line);
            rows.add(new String[] {line.substring(1, close).replace("\"\"", "\""), rest[0], rest[1], rest[2]});
        }
        return rows;
    }

    @Test
    void writesTheOneCsvLayoutAndThreePlots(@TempDir Path dir) throws Exception {
        new CurveData("c", "t", "x [1]", "y [1]").add("a, \"b\"", CurveData.Style.LINE, new double[] {0, 1}, new double[] {0.5, 2}, new boolean[] {true, false})
                .add("C_{X→B} formula", CurveData.Style.DASHED, new double[] {0.25}, new double[] {1.0 / 3}).write(dir);
        assertEquals(List.of("series,x,y,certified", "\"a, \"\"b\"\"\",0,0.5,true", "\"a, \"\"b\"\"\",1,2,false", "\"C_X→B formula\",0.25,0.333333333333,"),
                Files.readAllLines(dir.resolve("c.csv")));
        List<String[]> rows = parse(Files.readString(dir.resolve("c.csv")));
        assertEquals("a, \"b\"", rows.get(0)[0]);
        assertTrue(Files.size(dir.resolve("c.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<text"));
        assertTrue(Files.size(dir.resolve("c.pdf")) > 1000);
    }

    @Test
    void namesEveryCurve() {
        assertEquals(List.of("chsh-x2b", "chsh-a2b", "chsh-comm", "i3322", "iab", "md-fig3", "bilocal-fig4", "bilocal-fig5"),
                Curve.all().stream().map(Curve::id).toList());
        assertThrows(IllegalArgumentException.class, () -> Curve.named("fig3"));
    }

    /**
     * Fig. 2 in the paper's colours: the series called the black curve is black, the red curve red; the breakpoints of
     * three lines 0, 2I/5, 3I/4 − 1/4 are where they cross, 0 and (1/4)/(3/4 − 2/5) = 5/7, named as such.
     */
    @Test
    void i3322PlotNamesItsColoursTruly(@TempDir Path dir) throws Exception {
        BigFraction zero = BigFraction.ZERO;
        List<I3322Curve.FunctionalPoint> functional = List.of(
                new I3322Curve.FunctionalPoint(-1, 0, zero, zero, true), new I3322Curve.FunctionalPoint(-0.5, 0, zero, zero, true),
                new I3322Curve.FunctionalPoint(0.25, 0.1, new BigFraction(2, 5), zero, true),
                new I3322Curve.FunctionalPoint(0.5, 0.2, new BigFraction(2, 5), zero, true),
                new I3322Curve.FunctionalPoint(0.8, 0.35, new BigFraction(3, 4), new BigFraction(-1, 4), true),
                new I3322Curve.FunctionalPoint(1, 0.5, new BigFraction(3, 4), new BigFraction(-1, 4), true));
        List<I3322Curve.FullPoint> full = List.of(new I3322Curve.FullPoint(0, -1, 0, true), new I3322Curve.FullPoint(1, 1, 0.5, true));
        CurveData data = new I3322Curve().plot(new I3322Curve.Sweep(full, functional));
        CurveData.Series black = data.series().stream().filter(s -> s.name().contains("black curve")).findFirst().orElseThrow();
        CurveData.Series red = data.series().stream().filter(s -> s.name().contains("red curve")).findFirst().orElseThrow();
        assertEquals(Color.BLACK, black.colour());
        assertTrue(red.colour().getRed() > 2 * red.colour().getGreen() && red.colour().getRed() > 2 * red.colour().getBlue(), red.colour().toString());
        assertEquals("engine: exact breakpoints I = 0 and I = 5/7", data.series().get(data.series().size() - 1).name());
        data.write(dir);
        List<String[]> rows = parse(Files.readString(dir.resolve("i3322.csv")));
        assertTrue(rows.stream().anyMatch(r -> r[0].startsWith("engine: exact breakpoints") && Math.abs(Double.parseDouble(r[1]) - 5.0 / 7) < 1e-12));
    }

    /**
     * CHSH plots: the paper's max(0, CHSH) is a black dashed overlay, written into the SVG after the engine's
     * value-only line (so it is drawn on top of it); the noisy PR boxes are circles, the quantum behaviours triangles.
     */
    @Test
    void chshOverlayIsDrawnAboveTheEngineLine(@TempDir Path dir) throws Exception {
        List<ChshCurve.Point> sweep = new ArrayList<>();
        for (double c : new double[] {-0.5, 0, 0.5}) {
            sweep.add(new ChshCurve.Point(ChshCurve.Family.NOISY_PR, c, Math.max(0, c), true));
            sweep.add(new ChshCurve.Point(ChshCurve.Family.QUANTUM, c, Math.max(0, c), true));
            sweep.add(new ChshCurve.Point(ChshCurve.Family.FUNCTIONAL, c, Math.max(0, c), true));
        }
        CurveData data = new ChshCurve(CausalModel.X_TO_B).plot(sweep);
        CurveData.Series paper = data.series().stream().filter(s -> s.name().startsWith("paper")).findFirst().orElseThrow();
        assertEquals(CurveData.Style.DASHED, paper.style());
        assertEquals(Color.BLACK, paper.colour());
        assertEquals(Chart.Marker.CIRCLE, data.series("engine: noisy PR boxes").marker());
        assertEquals(Chart.Marker.OPEN_TRIANGLE, data.series("engine: random quantum behaviours").marker());
        data.write(dir);
        String svg = Files.readString(dir.resolve("chsh-x2b.svg"));
        int engine = svg.indexOf("stroke=\"#009e73\"");
        int overlay = svg.indexOf("stroke=\"#000000\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-dasharray");
        assertTrue(engine > 0 && overlay > engine, "engine line at " + engine + ", paper overlay at " + overlay);
        assertTrue(svg.contains(">min C<tspan dy=\"4.18\" font-size=\"13.68\">X→B</tspan>"), "the title's subscript is a tspan");
        assertEquals(9, parse(Files.readString(dir.resolve("chsh-x2b.csv"))).stream().filter(r -> r[3].equals("true")).count());
    }
}
