package relax.scenarios.reproduce.curves;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.scenarios.report.Chart;
import relax.scenarios.report.Markdown;
import relax.scenarios.report.RichText;

/**
 * The numbers behind one plot: named series of points (x_i, y_i), each drawn as a solid line (a curve the engine
 * computed), a line with markers, markers alone (scattered behaviours) or a dashed overlay on top of everything
 * (the paper's or a proven formula, a reference value). Written as PNG, SVG and PDF through {@link Chart} and as
 * CSV in the one layout every curve shares:
 *
 * <pre>
 * series,x,y,certified
 * "engine: noisy PR boxes",-0.5,0,true
 * "paper: max(0, CHSH)",-0.5,0,
 * </pre>
 *
 * <p>{@code series} is the legend text as plain text (quoted), {@code x}, {@code y} the point (12 significant
 * digits, NaN where the LP had no optimum), {@code certified} {@code true} if the point is an LP optimum (or
 * infeasibility) certified in exact rational arithmetic, {@code false} if it was computed but not certified, and
 * empty for a formula (the paper's or a proven one), which is evaluated, not computed.
 */
public final class CurveData {
    /** How a series is drawn. */
    public enum Style {
        /** A solid line: a curve the engine computed. */
        LINE,
        /** A solid line with a marker at every computed point. */
        LINE_MARKERS,
        /** A dashed line drawn on top of the other series: a formula or a reference value. */
        DASHED,
        /** Markers only: scattered computed points. */
        SCATTER
    }

    /**
     * One named series; the arrays are owned by the series.
     *
     * @param name      legend text ({@link RichText} markup)
     * @param certified per point whether it is certified (see the class comment); null for a formula
     * @param colour    its colour, or null for the next palette colour
     * @param marker    the marker of {@link Style#LINE_MARKERS} and {@link Style#SCATTER} series
     * @param listed    shown in the plot's legend (every series is in the CSV)
     */
    public record Series(String name, Style style, double[] x, double[] y, boolean[] certified, Color colour, Chart.Marker marker, boolean listed) {
        public Series {
            if (x.length != y.length || certified != null && certified.length != x.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values, " + y.length + " y values"
                        + (certified == null ? "" : " and " + certified.length + " certified flags"));
            }
        }

        /** How {@link Chart} draws it. */
        Chart.Look look() {
            Chart.Look look = switch (style) {
                case LINE -> Chart.Look.solid();
                case LINE_MARKERS -> Chart.Look.solid().marker(marker);
                case DASHED -> Chart.Look.dashedOverlay();
                case SCATTER -> Chart.Look.points(marker);
            };
            return listed ? look.colour(colour) : look.colour(colour).unlisted();
        }
    }

    private final String id;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final double[] range = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};

    /**
     * An empty plot.
     *
     * @param id     base name of the files
     * @param title  title ({@link RichText} markup)
     * @param xLabel x-axis label with its unit
     * @param yLabel y-axis label with its unit
     */
    public CurveData(String id, String title, String xLabel, String yLabel) {
        this.id = id;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a formula series, or computed points whose certification is not tracked (drawn in the order added, overlays last). */
    public CurveData add(String name, Style style, double[] x, double[] y) {
        return add(name, style, x, y, null);
    }

    /** Adds computed points with their certification flags (null: a formula). */
    public CurveData add(String name, Style style, double[] x, double[] y, boolean[] certified) {
        series.add(new Series(name, style, x, y, certified, null, Chart.Marker.CIRCLE, true));
        return this;
    }

    /** Draws the series added last in {@code c} (e.g. to pair the curves of one family). */
    public CurveData colour(Color c) {
        Series s = last();
        series.set(series.size() - 1, new Series(s.name(), s.style(), s.x(), s.y(), s.certified(), c, s.marker(), s.listed()));
        return this;
    }

    /** Gives the series added last the marker {@code m}. */
    public CurveData marker(Chart.Marker m) {
        Series s = last();
        series.set(series.size() - 1, new Series(s.name(), s.style(), s.x(), s.y(), s.certified(), s.colour(), m, s.listed()));
        return this;
    }

    /** Leaves the series added last out of the legend (it stays in the CSV), e.g. when it looks like a listed one. */
    public CurveData unlisted() {
        Series s = last();
        series.set(series.size() - 1, new Series(s.name(), s.style(), s.x(), s.y(), s.certified(), s.colour(), s.marker(), false));
        return this;
    }

    private Series last() {
        if (series.isEmpty()) {
            throw new IllegalStateException("no series added yet");
        }
        return series.get(series.size() - 1);
    }

    /** Fixes the plotted axis ranges (NaN: automatic). */
    public CurveData range(double xMin, double xMax, double yMin, double yMax) {
        range[0] = xMin;
        range[1] = xMax;
        range[2] = yMin;
        range[3] = yMax;
        return this;
    }

    public String id() {
        return id;
    }

    /** The title as markup. */
    public String title() {
        return title;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** The series called {@code name}. */
    public Series series(String name) {
        for (Series s : series) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no series '" + name + "' in " + id);
    }

    /** The markdown showing the written plot, with links to its CSV (series,x,y,certified), SVG and PDF. */
    public String markdown() {
        return relax.scenarios.report.Markdown.plot(id, RichText.plain(title)).replace(".csv)", ".csv) (series,x,y,certified)");
    }

    /** The chart of this data (not yet written). */
    public Chart chart() {
        Chart chart = Chart.of(title, xLabel, yLabel).range(range[0], range[1], range[2], range[3]);
        for (Series s : series) {
            if (s.x().length > 0) {
                chart.series(s.name(), s.x(), s.y(), s.look());
            }
        }
        return chart;
    }

    /** The CSV text ({@code series,x,y,certified}). */
    public String csv() {
        StringBuilder csv = new StringBuilder("series,x,y,certified\n");
        for (Series s : series) {
            String name = '"' + RichText.plain(s.name()).replace("\"", "\"\"") + '"';
            for (int i = 0; i < s.x().length; i++) {
                csv.append(name).append(',').append(number(s.x()[i])).append(',').append(number(s.y()[i])).append(',')
                        .append(s.certified() == null ? "" : String.valueOf(s.certified()[i])).append('\n');
            }
        }
        return csv.toString();
    }

    /** Writes {@code dir/id.csv}, {@code dir/id.png}, {@code dir/id.svg} and {@code dir/id.pdf}; returns the CSV path. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        chart().save(dir.resolve(id));
        Path file = dir.resolve(id + ".csv");
        Files.writeString(file, csv());
        return file;
    }

    /** 12 significant digits, trailing zeros dropped ({@code 0.5}, {@code -1}, {@code 0.714285714286}). */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = String.format(Locale.ROOT, "%.12g", v);
        if (s.contains("e")) {
            String mantissa = s.substring(0, s.indexOf('e'));
            mantissa = mantissa.contains(".") ? mantissa.replaceAll("0+$", "").replaceAll("\\.$", "") : mantissa;
            return mantissa + s.substring(s.indexOf('e'));
        }
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
