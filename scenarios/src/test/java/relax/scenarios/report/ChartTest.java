package relax.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural properties of the written plots, each derivable from what was drawn. */
class ChartTest {
    private static final double[] X = {0, 0.5, 1};

    /** PNG at twice the logical size, SVG with the labels as text, PDF with a header and a page. */
    @Test
    void writesPngSvgWithTextAndPdf(@TempDir Path dir) throws Exception {
        Chart.of("title t", "x label", "y label").line("a", X, X).dashed("b", X, new double[] {1, 0.5, 0})
                .scatter("c", new double[] {0.5}, new double[] {0.5}).save(dir.resolve("plot"));
        var image = javax.imageio.ImageIO.read(dir.resolve("plot.png").toFile());
        assertEquals(1800, image.getWidth());
        assertEquals(1200, image.getHeight());
        String svg = Files.readString(dir.resolve("plot.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"));
        for (String label : new String[] {"title t", "x label", "y label", ">a<", ">b<", ">c<"}) {
            assertTrue(svg.contains(label.startsWith(">") ? label : ">" + label + "<"), label);
        }
        assertTrue(svg.length() < 40_000, "an SVG of three short series is small: " + svg.length());
        byte[] pdf = Files.readAllBytes(dir.resolve("plot.pdf"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(900, doc.getPage(0).getMediaBox().getWidth(), 1e-3);
            if (new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").isFile()) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("title t") && text.contains("x label"), "with DejaVu Sans embedded the labels are text: " + text);
            }
        }
    }

    /** Subscripts become tspans shifted down by SUB_SHIFT × size and back up, in a smaller font. */
    @Test
    void scriptsAreTspans(@TempDir Path dir) throws Exception {
        Chart.of("min C_{X→B}", "x", "y").line("q^{a}_{00}", X, X).save(dir.resolve("s"));
        String svg = Files.readString(dir.resolve("s.svg"));
        // title font 19: the subscript goes down 0.22 × 19 = 4.18 in a font of 0.72 × 19 = 13.68, then back up
        assertTrue(svg.contains(">min C<tspan dy=\"4.18\" font-size=\"13.68\">X→B</tspan></text>"), svg);
        // legend font 13: superscript up 0.38 × 13 = 4.94, then from there down to the subscript 0.22 × 13 + 4.94 = 7.8
        assertTrue(svg.contains(">q<tspan dy=\"-4.94\" font-size=\"9.36\">a</tspan><tspan dy=\"7.8\" font-size=\"9.36\">00</tspan></text>"), svg);
    }

    /** Overlays are drawn after the other series whatever the order they were added in; colours as asked. */
    @Test
    void overlaysAreDrawnOnTop(@TempDir Path dir) throws Exception {
        Chart c = Chart.of("t", "x", "y").dashed("paper", X, X).line("engine", X, X).scatter("points", X, X);
        assertEquals(List.of("engine", "points", "paper"), c.drawingOrder());
        c.save(dir.resolve("o"));
        String svg = Files.readString(dir.resolve("o.svg"));
        // the dashed path of the paper (first palette colour, added first) comes after the engine's solid path (second colour)
        int paper = svg.indexOf("stroke=\"#0072b2\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-dasharray");
        int engine = svg.indexOf("stroke=\"#d55e00\" stroke-width=\"3\"");
        assertTrue(engine > 0 && paper > engine, "engine at " + engine + ", paper at " + paper);
        assertEquals(Chart.Line.DASHED, c.look("paper").line());
        assertEquals(Chart.Marker.CIRCLE, c.look("points").marker());
        assertEquals(new Color(0x009E73), c.look("points").colour());
    }

    /** Bars: one filled rectangle per category and series, the category names as tick labels. */
    @Test
    void barsPerCategory(@TempDir Path dir) throws Exception {
        Chart c = Chart.of("t", "x", "y").categories(List.of("00", "01", "10")).bar("q", new double[] {0.5, 0.25, 0.25}, Color.RED)
                .bar("r", new double[] {0, 1, 0}, Color.BLUE);
        // two bar series share the 0.8 wide slot of a category: centres at k − 0.2 and k + 0.2
        assertEquals(0.8, c.barCentre(0, 1), 1e-12);
        assertEquals(1.2, c.barCentre(1, 1), 1e-12);
        c.save(dir.resolve("b"));
        String svg = Files.readString(dir.resolve("b.svg"));
        Matcher red = Pattern.compile("fill=\"#ff0000\"").matcher(svg);
        int n = 0;
        while (red.find()) {
            n++;
        }
        assertEquals(3 + 1, n, "three bars and the legend swatch");
        for (String label : new String[] {">00<", ">01<", ">10<"}) {
            assertTrue(svg.contains(label), label);
        }
    }

    /**
     * Ticks: steps of 1, 2, 2.5 or 5 × 10^k with 4 to 10 intervals, both ends of the range on the grid if a step
     * allows it, else about 6 intervals. [0, 1]: 0.2 (5 intervals, both ends) beats 0.1 (10) and 0.25 (4);
     * [−0.5, 0.5]: 0.25 (4, both ends) beats 0.1 (10, both ends) and 0.2 (no end); [3.95, 4.75]: no step of the
     * list hits either end, 0.1 (8 intervals) and 0.2 (4) are equally far from 6, the smaller step wins.
     */
    @Test
    void ticksAreRound() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, Chart.ticks(0, 1), 1e-12);
        assertArrayEquals(new double[] {-0.5, -0.25, 0, 0.25, 0.5}, Chart.ticks(-0.5, 0.5), 1e-12);
        assertArrayEquals(new double[] {-0.4, -0.2, 0, 0.2, 0.4}, Chart.ticks(-0.54, 0.54), 1e-12);
        assertArrayEquals(new double[] {4, 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7}, Chart.ticks(3.95, 4.75), 1e-12);
    }

    @Test
    void richTextParsesScripts() {
        assertEquals(List.of(new RichText.Run("C", 0), new RichText.Run("X→B", -1), new RichText.Run(" = 1", 0)), RichText.parse("C_{X→B} = 1"));
        assertEquals(List.of(new RichText.Run("2v", 0), new RichText.Run("2", 1)), RichText.parse("2v^2"));
        assertEquals("q^a_00 and M_BL", RichText.plain("q^{a}_{00} and M_{BL}"));
    }
}
