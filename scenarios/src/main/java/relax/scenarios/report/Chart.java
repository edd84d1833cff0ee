package relax.scenarios.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A two-dimensional plot written as PNG and SVG side by side, styled for slides: labelled axes,
 * legend inside the plot area, solid lines for computed curves, dashed lines for analytic formulas and
 * reference values, dots for scatter data. A thin facade over XChart so that every plot of the project
 * looks the same.
 */
public final class Chart {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x17becf), new Color(0x8c564b), new Color(0x7f7f7f)};
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);

    private final XYChart chart;
    private int colour;

    private Chart(String title, String xLabel, String yLabel) {
        System.setProperty("java.awt.headless", "true");
        chart = new XYChartBuilder().width(900).height(600).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAntiAlias(true);
        s.setXAxisDecimalPattern("#0.###");
        s.setYAxisDecimalPattern("#0.###");
    }

    /** A chart with a title and axis labels (give units in the labels, e.g. "I(X,Y:Λ) [bits]"). */
    public static Chart of(String title, String xLabel, String yLabel) {
        return new Chart(title, xLabel, yLabel);
    }

    /** A solid line through the points (x_i, y_i), e.g. a computed curve. */
    public Chart line(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(2.5f));
        return this;
    }

    /** A dashed line, for an analytic formula or a reference value. */
    public Chart dashed(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(DASHED);
        return this;
    }

    /** A dashed line in the colour of the series added just before it (e.g. a range belonging to a curve). */
    public Chart dashedLike(String name, double[] x, double[] y) {
        colour = Math.max(0, colour - 1);
        return dashed(name, x, y);
    }

    /** Unconnected dots, for scattered data. */
    public Chart scatter(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        return this;
    }

    /** Fixes the plotted range of the axes (NaN leaves a bound automatic). */
    public Chart range(double xMin, double xMax, double yMin, double yMax) {
        if (!Double.isNaN(xMin)) {
            chart.getStyler().setXAxisMin(xMin);
        }
        if (!Double.isNaN(xMax)) {
            chart.getStyler().setXAxisMax(xMax);
        }
        if (!Double.isNaN(yMin)) {
            chart.getStyler().setYAxisMin(yMin);
        }
        if (!Double.isNaN(yMax)) {
            chart.getStyler().setYAxisMax(yMax);
        }
        return this;
    }

    private XYSeries add(String name, double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' needs as many x as y values, at least one");
        }
        XYSeries s = chart.addSeries(name, x, y);
        Color c = PALETTE[colour++ % PALETTE.length];
        s.setLineColor(c);
        s.setMarkerColor(c);
        return s;
    }

    /**
     * Writes {@code base.png} and {@code base.svg} (base is a path without extension; directories are
     * created).
     */
    public void save(Path base) throws IOException {
        if (base.getParent() != null) {
            Files.createDirectories(base.getParent());
        }
        BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
