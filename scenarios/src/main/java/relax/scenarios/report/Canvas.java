package relax.scenarios.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link Chart} draws on: filled and stroked shapes and text with sub- and superscripts, in a
 * coordinate system of pixels with y downwards. Two implementations: {@link Graphics} on any Java2D surface
 * (the PNG's image, the PDF's page) and {@link Svg}, which writes text as {@code <text>} elements so that an
 * SVG stays small, searchable and editable.
 */
interface Canvas {
    /** Where a text's anchor point is: at its start, its centre or its end (horizontally; vertically on the baseline). */
    enum Anchor {
        START, MIDDLE, END
    }

    /** Scripts are drawn at this fraction of the font size. */
    double SCRIPT_SCALE = 0.72;
    /** Subscripts go this fraction of the font size below the baseline, superscripts {@link #SUPER_SHIFT} above. */
    double SUB_SHIFT = 0.22;
    double SUPER_SHIFT = 0.38;

    void fill(Shape s, Color c);

    /** Strokes {@code s} with a line of {@code width} pixels, dashed by {@code dash} (on/off lengths) unless null. */
    void stroke(Shape s, Color c, float width, float[] dash);

    /** Draws {@code text} with its baseline through (x, y), rotated a quarter turn anticlockwise if {@code vertical}. */
    void text(List<RichText.Run> text, double x, double y, Font font, Color c, Anchor anchor, boolean vertical);

    /** Restricts drawing to {@code r} until {@link #unclip()}. */
    void clip(Rectangle2D r);

    void unclip();

    /** The advance width of {@code text} in {@code font}, scripts included (used by every canvas, so layouts agree). */
    static double width(List<RichText.Run> text, Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double w = 0;
        for (RichText.Run r : text) {
            w += scaled(font, r).getStringBounds(r.text(), frc).getWidth();
        }
        return w;
    }

    /** The font of a run: smaller for scripts. */
    static Font scaled(Font font, RichText.Run r) {
        return r.shift() == 0 ? font : font.deriveFont((float) (font.getSize2D() * SCRIPT_SCALE));
    }

    /** Baseline offset of a run in pixels (positive downwards). */
    static double offset(Font font, RichText.Run r) {
        return r.shift() < 0 ? SUB_SHIFT * font.getSize2D() : r.shift() > 0 ? -SUPER_SHIFT * font.getSize2D() : 0;
    }

    /** A canvas on a Java2D surface (an image or a PDF page). */
    final class Graphics implements Canvas {
        private final Graphics2D g;
        private final Shape initialClip;

        Graphics(Graphics2D g) {
            this.g = g;
            this.initialClip = g.getClip();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        }

        @Override
        public void fill(Shape s, Color c) {
            g.setColor(c);
            g.fill(s);
        }

        @Override
        public void stroke(Shape s, Color c, float width, float[] dash) {
            g.setColor(c);
            g.setStroke(dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            g.draw(s);
        }

        @Override
        public void text(List<RichText.Run> text, double x, double y, Font font, Color c, Anchor anchor, boolean vertical) {
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            if (vertical) {
                g.rotate(-Math.PI / 2);
            }
            double w = width(text, font);
            double pos = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
            FontRenderContext frc = new FontRenderContext(null, true, true);
            g.setColor(c);
            for (RichText.Run r : text) {
                Font f = scaled(font, r);
                g.setFont(f);
                g.drawString(r.text(), (float) pos, (float) offset(font, r));
                pos += f.getStringBounds(r.text(), frc).getWidth();
            }
            g.setTransform(saved);
        }

        @Override
        public void clip(Rectangle2D r) {
            g.setClip(r);
        }

        @Override
        public void unclip() {
            g.setClip(initialClip);
        }
    }

    /** A canvas that writes SVG 1.1: shapes as {@code <path>}, text as {@code <text>} with {@code <tspan>} scripts. */
    final class Svg implements Canvas {
        private final StringBuilder body = new StringBuilder();
        private final int width;
        private final int height;
        private int clips;
        private boolean clipped;

        Svg(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public void fill(Shape s, Color c) {
            body.append("<path d=\"").append(path(s)).append("\" fill=\"").append(colour(c)).append('"').append(opacity("fill-opacity", c))
                    .append("/>\n");
        }

        @Override
        public void stroke(Shape s, Color c, float w, float[] dash) {
            body.append("<path d=\"").append(path(s)).append("\" fill=\"none\" stroke=\"").append(colour(c)).append('"')
                    .append(opacity("stroke-opacity", c)).append(" stroke-width=\"").append(n(w)).append('"');
            if (dash == null) {
                body.append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            } else {
                body.append(" stroke-linejoin=\"round\" stroke-dasharray=\"");
                for (int i = 0; i < dash.length; i++) {
                    body.append(i > 0 ? "," : "").append(n(dash[i]));
                }
                body.append('"');
            }
            body.append("/>\n");
        }

        @Override
        public void text(List<RichText.Run> text, double x, double y, Font font, Color c, Anchor anchor, boolean vertical) {
            body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(font.getSize2D())).append('"');
            if (font.isBold()) {
                body.append(" font-weight=\"bold\"");
            }
            if (anchor != Anchor.START) {
                body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
            }
            if (!c.equals(Color.BLACK)) {
                body.append(" fill=\"").append(colour(c)).append('"');
            }
            if (vertical) {
                body.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
            }
            body.append('>');
            double shift = 0;
            for (RichText.Run r : text) {
                double target = offset(font, r);
                if (r.shift() == 0 && target == shift) {
                    body.append(escape(r.text()));
                } else {
                    body.append("<tspan");
                    if (target != shift) {
                        body.append(" dy=\"").append(n(target - shift)).append('"');
                    }
                    if (r.shift() != 0) {
                        body.append(" font-size=\"").append(n(scaled(font, r).getSize2D())).append('"');
                    }
                    body.append('>').append(escape(r.text())).append("</tspan>");
                    shift = target;
                }
            }
            body.append("</text>\n");
        }

        @Override
        public void clip(Rectangle2D r) {
            unclip();
            clips++;
            body.append("<clipPath id=\"clip").append(clips).append("\"><rect x=\"").append(n(r.getX())).append("\" y=\"").append(n(r.getY()))
                    .append("\" width=\"").append(n(r.getWidth())).append("\" height=\"").append(n(r.getHeight())).append("\"/></clipPath>\n")
                    .append("<g clip-path=\"url(#clip").append(clips).append(")\">\n");
            clipped = true;
        }

        @Override
        public void unclip() {
            if (clipped) {
                body.append("</g>\n");
                clipped = false;
            }
        }

        /** The document. */
        String document() {
            unclip();
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width
                    + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + Chart.SVG_FONTS + "\">\n"
                    + body + "</svg>\n";
        }

        private static String path(Shape s) {
            StringBuilder d = new StringBuilder();
            double[] c = new double[6];
            for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                    case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                    case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ').append(n(c[2])).append(' ')
                            .append(n(c[3]));
                    case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ').append(n(c[2])).append(' ')
                            .append(n(c[3])).append(' ').append(n(c[4])).append(' ').append(n(c[5]));
                    default -> d.append('Z');
                }
            }
            return d.toString();
        }

        private static String colour(Color c) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }

        private static String opacity(String attribute, Color c) {
            return c.getAlpha() == 255 ? "" : " " + attribute + "=\"" + n(c.getAlpha() / 255.0) + "\"";
        }

        /** Two decimals, trailing zeros dropped. */
        private static String n(double v) {
            String s = String.format(Locale.ROOT, "%.2f", v);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s.equals("-0") ? "0" : s;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
