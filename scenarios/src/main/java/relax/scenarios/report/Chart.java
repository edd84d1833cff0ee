package relax.scenarios.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A two-dimensional plot, written as PNG (for slides), SVG (text kept as {@code <text>}) and PDF (for papers),
 * styled for a talk: labelled axes with units, a legend placed where it covers the fewest data points, solid
 * lines for computed curves, markers for computed points, and dashed overlays (a paper's formula, a proven
 * relation, a reference value) drawn <em>on top</em> of everything else so that they stay visible where they
 * coincide with a computed curve. Labels may contain subscripts and superscripts ({@link RichText}:
 * {@code C_{X→B}}). Besides x–y series it draws grouped bar charts over named categories ({@link #bars}).
 *
 * <p>Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies); a
 * series may name its colour ({@link Look#colour}) so that the curves of one family share it.
 *
 * <p>Why not a charting library: XChart (used before) draws every glyph as an outlined shape (its titles and
 * labels go through {@code TextLayout.getOutline}), so its SVGs had no {@code <text>} and weighed 500 KB, and it
 * has no sub/superscripts; JFreeSVG is GPL-3.0, which this Apache-2.0 project cannot ship. The renderer here
 * draws on a {@link Canvas}; the PDF goes through PDFBox's Graphics2D bridge (Apache-2.0), with DejaVu Sans
 * embedded when the system has it (text stays text), otherwise the glyphs are drawn as outlines.
 */
public final class Chart {
    /** Okabe–Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, black. */
    public static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xB8A000), Color.BLACK};
    /** Font families written into the SVG, in order of preference. */
    static final String SVG_FONTS = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    /** The PNG is drawn at this multiple of the logical size (1800 × 1200 pixels: sharp on a projector). */
    private static final int PNG_SCALE = 2;
    private static final float[] DASH = {9f, 6f};
    private static final float[] DOTS = {2f, 5f};
    private static final Color GRID = new Color(0xe3e3e3);
    private static final Color AXIS = new Color(0x444444);
    private static final String FAMILY = font();

    /** How a series' points are joined. */
    public enum Line {
        NONE, SOLID, DASHED, DOTTED
    }

    /** The symbol at each point. */
    public enum Marker {
        NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND, OPEN_CIRCLE, OPEN_SQUARE, OPEN_TRIANGLE, OPEN_DIAMOND
    }

    /** Where the legend goes; {@link #AUTO} picks the inner corner that covers the fewest data points. */
    public enum Legend {
        AUTO, NORTH_WEST, NORTH_EAST, SOUTH_WEST, SOUTH_EAST
    }

    /**
     * How a series is drawn.
     *
     * @param colour  its colour; null takes the next palette colour
     * @param line    how its points are joined
     * @param width   line width in pixels
     * @param marker  the symbol at each point
     * @param overlay drawn after (on top of) every series that is not an overlay
     * @param listed  shown in the legend (false for a series that repeats the look of a listed one)
     */
    public record Look(Color colour, Line line, float width, Marker marker, boolean overlay, boolean listed) {
        /** A solid computed curve. */
        public static Look solid() {
            return new Look(null, Line.SOLID, 3f, Marker.NONE, false, true);
        }

        /** A dashed overlay drawn on top (a paper's formula, a proven relation, a reference value). */
        public static Look dashedOverlay() {
            return new Look(null, Line.DASHED, 2f, Marker.NONE, true, true);
        }

        /** Unconnected markers. */
        public static Look points(Marker marker) {
            return new Look(null, Line.NONE, 1.5f, marker, false, true);
        }

        public Look colour(Color c) {
            return new Look(c, line, width, marker, overlay, listed);
        }

        public Look marker(Marker m) {
            return new Look(colour, line, width, m, overlay, listed);
        }

        /** The same look, left out of the legend. */
        public Look unlisted() {
            return new Look(colour, line, width, marker, overlay, false);
        }
    }

    /** One drawn series (x–y, or bars when {@code bars} is set). */
    private record Series(String name, double[] x, double[] y, Look look, boolean bars) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final double[] range = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private List<String> categories = List.of();
    private Legend legend = Legend.AUTO;
    private int colour;

    private Chart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** A chart with a title and axis labels (give units in the labels, e.g. "I(X,Y:Λ) [bits]"; markup of {@link RichText}). */
    public static Chart of(String title, String xLabel, String yLabel) {
        return new Chart(title, xLabel, yLabel);
    }

    /** A series drawn as {@code look} says (points with a NaN coordinate are skipped). */
    public Chart series(String name, double[] x, double[] y, Look look) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' needs as many x as y values, at least one");
        }
        Color c = look.colour() != null ? look.colour() : PALETTE[colour++ % PALETTE.length];
        series.add(new Series(name, x.clone(), y.clone(), look.colour(c), false));
        return this;
    }

    /** A solid line through the points (x_i, y_i), e.g. a computed curve. */
    public Chart line(String name, double[] x, double[] y) {
        return series(name, x, y, Look.solid());
    }

    /** A dashed line drawn on top of the other series, for an analytic formula or a reference value. */
    public Chart dashed(String name, double[] x, double[] y) {
        return series(name, x, y, Look.dashedOverlay());
    }

    /** Unconnected filled circles, for scattered data. */
    public Chart scatter(String name, double[] x, double[] y) {
        return series(name, x, y, Look.points(Marker.CIRCLE));
    }

    /**
     * Makes this a bar chart over named categories: category k sits at x = k, and each {@link #bar} series draws
     * one bar per category, side by side with the other bar series. Marker series added with {@link #series}
     * at x = k (± the bar offset from {@link #barCentre}) mark values on the bars.
     */
    public Chart categories(List<String> names) {
        this.categories = List.copyOf(names);
        return this;
    }

    /** One bar per category with heights {@code y} (one per category), filled with {@code colour} (null: next palette colour). */
    public Chart bar(String name, double[] y, Color colour) {
        if (y.length != categories.size()) {
            throw new IllegalArgumentException("bar series '" + name + "' needs one value per category (" + categories.size() + ")");
        }
        double[] x = new double[y.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
        }
        Color c = colour != null ? colour : PALETTE[this.colour++ % PALETTE.length];
        series.add(new Series(name, x, y.clone(), new Look(c, Line.NONE, 1, Marker.NONE, false, true), true));
        return this;
    }

    /** The x coordinate of the centre of bar series {@code barIndex} (0-based, in the order added) in category {@code k}. */
    public double barCentre(int barIndex, int k) {
        long bars = series.stream().filter(Series::bars).count();
        double slot = 0.8 / Math.max(1, bars);
        return k - 0.4 + slot * (barIndex + 0.5);
    }

    /** Fixes the plotted range of the axes (NaN leaves a bound automatic). */
    public Chart range(double xMin, double xMax, double yMin, double yMax) {
        range[0] = xMin;
        range[1] = xMax;
        range[2] = yMin;
        range[3] = yMax;
        return this;
    }

    /** Puts the legend in a corner of the plot area (default {@link Legend#AUTO}). */
    public Chart legend(Legend where) {
        this.legend = where;
        return this;
    }

    /**
     * Writes {@code base.png}, {@code base.svg} and {@code base.pdf} (base is a path without extension; directories
     * are created).
     */
    public void save(Path base) throws IOException {
        if (base.getParent() != null) {
            Files.createDirectories(base.getParent());
        }
        Layout layout = layout();
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(PNG_SCALE, PNG_SCALE);
        draw(new Canvas.Graphics(g), layout);
        g.dispose();
        ImageIO.write(image, "png", base.resolveSibling(base.getFileName() + ".png").toFile());
        Canvas.Svg svg = new Canvas.Svg(WIDTH, HEIGHT);
        draw(svg, layout);
        Files.writeString(base.resolveSibling(base.getFileName() + ".svg"), svg.document(), StandardCharsets.UTF_8);
        writePdf(base.resolveSibling(base.getFileName() + ".pdf"), layout);
    }

    private void writePdf(Path file, Layout layout) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, WIDTH, HEIGHT);
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            for (String style : new String[] {"", "-Bold"}) {
                File ttf = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans" + style + ".ttf");
                if (ttf.isFile()) {
                    fonts.registerFont(ttf);
                }
            }
            g.setFontTextDrawer(fonts);
            draw(new Canvas.Graphics(g), layout);
            g.dispose();
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            doc.save(file.toFile());
        }
    }

    // ---------------------------------------------------------------- layout

    private static Font font(int size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** DejaVu Sans if installed (it has every symbol the labels use), else the logical sans-serif font. */
    private static String font() {
        System.setProperty("java.awt.headless", "true");
        for (String f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            if (f.equals("DejaVu Sans")) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    private static final Font TITLE = font(19, true);
    private static final Font AXIS_TITLE = font(16, false);
    private static final Font TICK = font(13, false);
    private static final Font LEGEND = font(13, false);

    /** Data bounds, ticks and the plot rectangle. */
    private record Layout(double x0, double x1, double y0, double y1, double[] xTicks, double[] yTicks, Rectangle2D plot, Rectangle2D legendBox) {
        double px(double x) {
            return plot.getX() + (x - x0) / (x1 - x0) * plot.getWidth();
        }

        double py(double y) {
            return plot.getMaxY() - (y - y0) / (y1 - y0) * plot.getHeight();
        }
    }

    private Layout layout() {
        double[] xs = bounds(true);
        double[] ys = bounds(false);
        double[] xt = categories.isEmpty() ? ticks(xs[0], xs[1]) : new double[0];
        double[] yt = ticks(ys[0], ys[1]);
        if (Double.isNaN(range[0]) && Double.isNaN(range[1]) && categories.isEmpty()) {
            xs = new double[] {Math.min(xs[0], xt[0]), Math.max(xs[1], xt[xt.length - 1])};
        }
        double tickWidth = 0;
        for (double t : yt) {
            tickWidth = Math.max(tickWidth, Canvas.width(RichText.parse(label(t, yt)), TICK));
        }
        double left = 18 + AXIS_TITLE.getSize() + 10 + tickWidth + 8;
        double bottom = 14 + AXIS_TITLE.getSize() + 10 + TICK.getSize() + 10;
        double top = 16 + TITLE.getSize() + 14;
        Rectangle2D plot = new Rectangle2D.Double(left, top, WIDTH - left - 24, HEIGHT - top - bottom);
        Layout bare = new Layout(xs[0], xs[1], ys[0], ys[1], xt, yt, plot, null);
        return new Layout(xs[0], xs[1], ys[0], ys[1], xt, yt, plot, legendBox(bare));
    }

    /** [min, max] of the data along x or y, padded, with the fixed range where given. */
    private double[] bounds(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : x ? s.x() : s.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (s.bars() && !x) {
                lo = Math.min(lo, 0);
            }
        }
        if (!categories.isEmpty() && x) {
            lo = -0.5;
            hi = categories.size() - 0.5;
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        } else if (categories.isEmpty() || !x) {
            double pad = 0.04 * (hi - lo);
            lo -= pad;
            hi += pad;
        }
        int i = x ? 0 : 2;
        return new double[] {Double.isNaN(range[i]) ? lo : range[i], Double.isNaN(range[i + 1]) ? hi : range[i + 1]};
    }

    /**
     * Round tick values covering [lo, hi]: the step is 1, 2, 2.5 or 5 times a power of ten giving 4 to 10 intervals,
     * preferring steps on which both ends of the range fall (a fixed range such as [−0.5, 0.5] is labelled at its
     * ends), then the count closest to 6 intervals.
     */
    static double[] ticks(double lo, double hi) {
        double best = Double.NaN;
        int bestScore = Integer.MIN_VALUE;
        for (int e = (int) Math.floor(Math.log10(hi - lo)) - 2; e <= (int) Math.floor(Math.log10(hi - lo)) + 1; e++) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double step = m * Math.pow(10, e);
                double intervals = (hi - lo) / step;
                if (intervals < 4 || intervals > 10.0001) {
                    continue;
                }
                int ends = (onGrid(lo, step) ? 1 : 0) + (onGrid(hi, step) ? 1 : 0);
                int score = 100 * ends - (int) Math.round(10 * Math.abs(intervals - 6)) - (m == 2.5 ? 5 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = step;
                }
            }
        }
        List<Double> t = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / best - 1e-9); k * best <= hi + 1e-9 * best; k++) {
            t.add(k * best);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean onGrid(double v, double step) {
        double k = v / step;
        return Math.abs(k - Math.rint(k)) < 1e-9;
    }

    /** A tick label with as many decimals as the step needs. */
    private static String label(double v, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = Math.max(0, new BigDecimal(step).round(new MathContext(3)).stripTrailingZeros().scale());
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < step * 1e-9 ? 0 : v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    // ---------------------------------------------------------------- legend

    private List<Series> legendEntries() {
        return series.stream().filter(s -> !s.name().isEmpty() && s.look().listed()).toList();
    }

    private Rectangle2D legendBox(Layout l) {
        List<Series> entries = legendEntries();
        if (entries.isEmpty()) {
            return null;
        }
        double w = 0;
        for (Series s : entries) {
            w = Math.max(w, Canvas.width(RichText.parse(s.name()), LEGEND));
        }
        w += 12 + 40 + 8 + 12;
        double h = 10 + entries.size() * 21 + 4;
        Rectangle2D p = l.plot();
        double in = 10;
        Rectangle2D[] corners = {new Rectangle2D.Double(p.getX() + in, p.getY() + in, w, h),
            new Rectangle2D.Double(p.getMaxX() - in - w, p.getY() + in, w, h), new Rectangle2D.Double(p.getX() + in, p.getMaxY() - in - h, w, h),
            new Rectangle2D.Double(p.getMaxX() - in - w, p.getMaxY() - in - h, w, h)};
        if (legend != Legend.AUTO) {
            return corners[legend.ordinal() - 1];
        }
        Rectangle2D best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (Rectangle2D c : corners) {
            long covered = covered(l, c);
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        return best;
    }

    /** Data points (and points along drawn lines and bars) inside {@code box}. */
    private long covered(Layout l, Rectangle2D box) {
        long n = 0;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (s.bars()) {
                    for (int k = 0; k <= 10; k++) {
                        n += box.contains(l.px(s.x()[i]), l.py(s.y()[i] * k / 10)) ? 1 : 0;
                    }
                    continue;
                }
                n += box.contains(l.px(s.x()[i]), l.py(s.y()[i])) ? 1 : 0;
                if (s.look().line() != Line.NONE && i > 0) {
                    for (int k = 1; k < 20; k++) {
                        double t = k / 20.0;
                        n += box.contains(l.px(s.x()[i - 1] + t * (s.x()[i] - s.x()[i - 1])), l.py(s.y()[i - 1] + t * (s.y()[i] - s.y()[i - 1]))) ? 1 : 0;
                    }
                }
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- drawing

    private void draw(Canvas c, Layout l) {
        c.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), Color.WHITE);
        Rectangle2D p = l.plot();
        c.text(RichText.parse(title), WIDTH / 2.0, 16 + TITLE.getSize(), TITLE, Color.BLACK, Canvas.Anchor.MIDDLE, false);
        for (double t : l.yTicks()) {
            double y = l.py(t);
            c.stroke(new Line2D.Double(p.getX(), y, p.getMaxX(), y), GRID, 1, null);
            c.text(RichText.parse(label(t, l.yTicks())), p.getX() - 8, y + TICK.getSize() * 0.35, TICK, AXIS, Canvas.Anchor.END, false);
        }
        for (double t : l.xTicks()) {
            double x = l.px(t);
            c.stroke(new Line2D.Double(x, p.getY(), x, p.getMaxY()), GRID, 1, null);
            c.text(RichText.parse(label(t, l.xTicks())), x, p.getMaxY() + 8 + TICK.getSize(), TICK, AXIS, Canvas.Anchor.MIDDLE, false);
        }
        for (int k = 0; k < categories.size(); k++) {
            c.text(RichText.parse(categories.get(k)), l.px(k), p.getMaxY() + 8 + TICK.getSize(), TICK, AXIS, Canvas.Anchor.MIDDLE, false);
        }
        if (l.y0() < 0 && l.y1() > 0) {
            c.stroke(new Line2D.Double(p.getX(), l.py(0), p.getMaxX(), l.py(0)), new Color(0xb0b0b0), 1.2f, null);
        }
        c.text(RichText.parse(xLabel), p.getCenterX(), HEIGHT - 16, AXIS_TITLE, Color.BLACK, Canvas.Anchor.MIDDLE, false);
        c.text(RichText.parse(yLabel), 18 + AXIS_TITLE.getSize(), p.getCenterY(), AXIS_TITLE, Color.BLACK, Canvas.Anchor.MIDDLE, true);
        c.stroke(p, AXIS, 1.2f, null); // the frame first, so that a series along an edge stays visible
        List<Series> order = new ArrayList<>(series);
        order.sort(Comparator.comparingInt(s -> s.look().overlay() ? 1 : 0)); // stable: overlays last, otherwise as added
        int barIndex = 0;
        for (Series s : order) {
            c.clip(p);
            if (s.bars()) {
                drawBars(c, l, s, barIndex++);
            } else {
                drawLine(c, l, s);
            }
            c.unclip();
            drawMarkers(c, l, s); // unclipped, so that a point on the frame shows whole
        }
        drawLegend(c, l);
    }

    private void drawBars(Canvas c, Layout l, Series s, int index) {
        long bars = series.stream().filter(Series::bars).count();
        double slot = 0.8 / Math.max(1, bars);
        for (int k = 0; k < s.y().length; k++) {
            double left = l.px(barCentre(index, k) - slot * 0.45);
            double right = l.px(barCentre(index, k) + slot * 0.45);
            double top = l.py(Math.max(0, s.y()[k]));
            double bottom = l.py(Math.min(0, s.y()[k]));
            Rectangle2D r = new Rectangle2D.Double(left, top, right - left, Math.max(bottom - top, 0.8));
            c.fill(r, s.look().colour());
        }
    }

    private static void drawLine(Canvas c, Layout l, Series s) {
        Look look = s.look();
        if (look.line() == Line.NONE) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < s.x().length; i++) {
            if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                path.lineTo(l.px(s.x()[i]), l.py(s.y()[i]));
            } else {
                path.moveTo(l.px(s.x()[i]), l.py(s.y()[i]));
                pen = true;
            }
        }
        c.stroke(path, look.colour(), look.width(), dash(look.line()));
    }

    /** The markers of the points inside the plotted range (to within a millionth of it). */
    private static void drawMarkers(Canvas c, Layout l, Series s) {
        if (s.look().marker() == Marker.NONE || s.bars()) {
            return;
        }
        double ex = 1e-6 * (l.x1() - l.x0());
        double ey = 1e-6 * (l.y1() - l.y0());
        for (int i = 0; i < s.x().length; i++) {
            double x = s.x()[i];
            double y = s.y()[i];
            if (x >= l.x0() - ex && x <= l.x1() + ex && y >= l.y0() - ey && y <= l.y1() + ey) {
                marker(c, s.look().marker(), l.px(x), l.py(y), s.look().colour());
            }
        }
    }

    private static float[] dash(Line line) {
        return line == Line.DASHED ? DASH : line == Line.DOTTED ? DOTS : null;
    }

    /** Draws a marker of radius about 4.5 pixels centred on (x, y): filled, or white with a coloured outline. */
    private static void marker(Canvas c, Marker m, double x, double y, Color colour) {
        double r = 4.6;
        Shape s = switch (m) {
            case CIRCLE, OPEN_CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case SQUARE, OPEN_SQUARE -> new Rectangle2D.Double(x - r * 0.88, y - r * 0.88, 1.76 * r, 1.76 * r);
            case TRIANGLE, OPEN_TRIANGLE -> polygon(x, y, new double[] {0, -1.15 * r, 1.05 * r, 0.75 * r, -1.05 * r, 0.75 * r});
            default -> polygon(x, y, new double[] {0, -1.3 * r, 1.1 * r, 0, 0, 1.3 * r, -1.1 * r, 0});
        };
        boolean open = m.name().startsWith("OPEN");
        c.fill(s, open ? Color.WHITE : colour);
        c.stroke(s, open ? colour : Color.WHITE, open ? 1.8f : 0.8f, null);
    }

    private static Shape polygon(double x, double y, double[] d) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + d[0], y + d[1]);
        for (int i = 2; i < d.length; i += 2) {
            p.lineTo(x + d[i], y + d[i + 1]);
        }
        p.closePath();
        return p;
    }

    private void drawLegend(Canvas c, Layout l) {
        Rectangle2D box = l.legendBox();
        if (box == null) {
            return;
        }
        c.fill(box, new Color(255, 255, 255, 235));
        c.stroke(box, new Color(0xaaaaaa), 1, null);
        double y = box.getY() + 10;
        for (Series s : legendEntries()) {
            double mid = y + 10;
            double x = box.getX() + 12;
            if (s.bars()) {
                c.fill(new Rectangle2D.Double(x + 8, mid - 7, 24, 14), s.look().colour());
            } else {
                if (s.look().line() != Line.NONE) {
                    c.stroke(new Line2D.Double(x, mid, x + 40, mid), s.look().colour(), s.look().width(), dash(s.look().line()));
                }
                if (s.look().marker() != Marker.NONE) {
                    marker(c, s.look().marker(), x + 20, mid, s.look().colour());
                }
            }
            c.text(RichText.parse(s.name()), x + 48, mid + LEGEND.getSize() * 0.35, LEGEND, Color.BLACK, Canvas.Anchor.START, false);
            y += 21;
        }
    }

    /** For tests: the names of the series in drawing order (overlays last). */
    List<String> drawingOrder() {
        List<Series> order = new ArrayList<>(series);
        order.sort(Comparator.comparingInt(s -> s.look().overlay() ? 1 : 0));
        return order.stream().map(Series::name).toList();
    }

    /** For tests: how the series called {@code name} is drawn. */
    Look look(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().look();
    }
}
