package relax.scenarios.reproduce.curves;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.scenarios.report.Chart;

/**
 * The numbers behind one plot: named series of points (x_i, y_i), each drawn as a solid line (a curve
 * the engine computed), a dashed line (the paper's or an analytic formula) or dots (scattered
 * behaviours). Written as CSV with columns {@code series,x,y} and as PNG and SVG through {@link Chart}.
 */
public final class CurveData {
    /** How a series is drawn. */
    public enum Style {
        LINE, DASHED, SCATTER
    }

    /** One named series; the arrays are owned by the series. */
    public record Series(String name, Style style, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values but " + y.length + " y values");
            }
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
     * @param xLabel x-axis label with its unit
     * @param yLabel y-axis label with its unit
     */
    public CurveData(String id, String title, String xLabel, String yLabel) {
        this.id = id;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a series (drawn in the order added). */
    public CurveData add(String name, Style style, double[] x, double[] y) {
        series.add(new Series(name, style, x, y));
        return this;
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

    /** Writes {@code dir/id.csv}, {@code dir/id.png} and {@code dir/id.svg}; returns the CSV path. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Chart chart = Chart.of(title, xLabel, yLabel).range(range[0], range[1], range[2], range[3]);
        StringBuilder csv = new StringBuilder("series,x,y\n");
        for (Series s : series) {
            if (s.x().length == 0) {
                continue;
            }
            switch (s.style()) {
                case LINE -> chart.line(s.name(), s.x(), s.y());
                case DASHED -> chart.dashed(s.name(), s.x(), s.y());
                case SCATTER -> chart.scatter(s.name(), s.x(), s.y());
            }
            String name = '"' + s.name().replace("\"", "\"\"") + '"';
            for (int i = 0; i < s.x().length; i++) {
                csv.append(name).append(',').append(number(s.x()[i])).append(',').append(number(s.y()[i])).append('\n');
            }
        }
        chart.save(dir.resolve(id));
        Path file = dir.resolve(id + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.12g", v);
    }
}
