package relax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import relax.core.Numbers;
import relax.lp.engine.Status;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.scenarios.statistics.Interval;
import relax.scenarios.statistics.IntervalMethod;
import relax.scenarios.statistics.LikelihoodRatioTest;

/** Renders the statistics of an experiment (fit, test, intervals) as lines of a command's text record or fields of its JSON record. */
final class StatisticsReport {
    /** The level at which a test's p-value is called significant in words. */
    private static final double SIGNIFICANCE = 0.05;

    private StatisticsReport() {
    }

    /** {@code report} with the data, fit and test lines after its first line and the interval lines at its end. */
    static String text(String report, ExperimentAnalysis.Prepared p, List<Interval> intervals, String symbol, ExperimentAnalysis.Request r) {
        StringBuilder head = new StringBuilder();
        p.data().countTotals().ifPresent(t -> head.append("  data        ").append(runs(t)).append('\n'));
        if (!p.note().isEmpty()) {
            head.append("  fitted      nothing: ").append(p.note()).append('\n');
        }
        Fit f = p.fit();
        if (f != null) {
            head.append("  fitted      ").append(fitText(f, r.noSignalling())).append('\n');
            if (p.test() != null) {
                head.append("  test        ").append(testText(p.test())).append('\n');
            }
            head.append(f.status() == Status.OPTIMAL ? "  solved      on the fitted behaviour (below), not on the frequencies; it is a behaviour of the structure by "
                    + "construction, and whether the data are is the test above\n"
                    : "  solved      on the data as read, since the fit failed\n");
        }
        int cut = report.indexOf('\n');
        StringBuilder s = new StringBuilder(cut < 0 ? report + "\n" : report.substring(0, cut + 1)).append(head);
        if (cut >= 0) {
            s.append(report.substring(cut + 1));
        }
        String label = "  confidence  ";
        for (Interval i : intervals) {
            s.append('\n').append(label).append(intervalText(i, symbol, r.seed()));
            label = "              ";
        }
        return s.toString();
    }

    private static String runs(long[] totals) {
        long min = Long.MAX_VALUE;
        long max = 0;
        long all = 0;
        for (long t : totals) {
            min = Math.min(min, t);
            max = Math.max(max, t);
            all += t;
        }
        return "counts: " + (min == max ? min + " runs per setting" : min + " to " + max + " runs per setting") + ", " + all + " in all";
    }

    private static String fitText(Fit f, boolean noSignalling) {
        String how = f.method().key() + " (" + f.method().title() + "): ";
        if (f.status() == Status.INFEASIBLE) {
            return how + "no behaviour of the structure explains the counts: " + f.reason();
        }
        if (f.status() == Status.FAILED) {
            return how + "failed: " + f.reason();
        }
        if (f.exact()) {
            return how + "the frequencies are already a behaviour of the structure (distance 0)";
        }
        String strategies = "an exact mixture of " + f.model().size() + " strategies";
        if (f.method() == FitMethod.L1) {
            return how + "the closest " + (noSignalling ? "no-signalling " : "") + "behaviour of the structure is at l1 distance " + Numbers.format(f.distanceValue())
                    + " from the frequencies (sum over settings and outcomes of |difference|; certified: exact lower bound "
                    + Numbers.format(f.certificate().boundValue()) + ", fit " + strategies + ")";
        }
        return how + "the most likely behaviour of the structure is at l1 distance " + Numbers.format(f.distanceValue())
                + " from the frequencies (its log-likelihood is within " + String.format(Locale.ROOT, "%.1e", f.gap())
                + " per run of the maximum, certified by the exact duality gap; " + strategies + ")";
    }

    private static String testText(LikelihoodRatioTest.Result t) {
        if (!t.ran()) {
            return "not run: the maximum-likelihood fit failed (" + t.fit().reason() + ")";
        }
        if (Double.isInfinite(t.statistic())) {
            return "likelihood ratio: the counts are impossible under the structure (p = 0)";
        }
        StringBuilder s = new StringBuilder("likelihood ratio G = ").append(Numbers.format(t.statistic()));
        t.df().ifPresent(df -> s.append(", ").append(df).append(" df"));
        s.append(": ");
        boolean any = false;
        if (!Double.isNaN(t.asymptoticP())) {
            s.append("p = ").append(pValue(t.asymptoticP())).append(" (asymptotic chi-squared)");
            any = true;
        }
        if (t.samples() > 0) {
            boolean none = t.bootstrapP() * (t.samples() + 1) < 1.5;
            s.append(any ? ", " : "").append(none ? "p <= " : "p = ").append(pValue(t.bootstrapP())).append(" (parametric bootstrap, ")
                    .append(none ? "none of " + t.samples() + " simulated experiments reached G" : t.samples() + " simulated experiments")
                    .append(t.failures() > 0 ? ", " + t.failures() + " failed" : "").append(')');
            any = true;
        }
        if (!any) {
            return s.append("no p-value (no degrees of freedom known and no simulated experiments)").toString();
        }
        double p = t.samples() > 0 ? t.bootstrapP() : t.asymptoticP();
        return s.append(p < SIGNIFICANCE ? ": the deviation is significant at the 5 % level" : ": not significant at the 5 % level (consistent with sampling noise)")
                .toString();
    }

    /** A statistical number to 4 significant digits (the JSON has every digit). */
    private static String short4(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String pValue(double p) {
        return p == 0 ? "0" : p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3g", p);
    }

    private static String intervalText(Interval i, String symbol, long seed) {
        String level = String.format(Locale.ROOT, "%s %%", Numbers.format(100 * i.confidence()));
        if (i.method() == IntervalMethod.BOOTSTRAP) {
            if (Double.isNaN(i.lower())) {
                return level + ": bootstrap failed (" + i.note() + ")";
            }
            return level + ": " + symbol + " in [" + short4(i.lower()) + ", " + short4(i.upper()) + "]   parametric bootstrap (basic interval), "
                    + i.note() + ", seed " + seed;
        }
        return level + ": " + symbol + " >= " + short4(i.lower()) + "   certificate bound: " + i.note() + "; Hoeffding, assumes i.i.d. runs, seed " + seed;
    }

    /** Adds the statistics fields to a command's JSON record {@code n} (modified). */
    static void json(ObjectNode n, ExperimentAnalysis.Prepared p, List<Interval> intervals, ExperimentAnalysis.Request r) {
        p.data().countTotals().ifPresent(t -> {
            ArrayNode runs = n.putObject("counts").putArray("runs");
            for (long v : t) {
                runs.add(v);
            }
        });
        Fit f = p.fit();
        if (f == null) {
            n.putNull("fitted");
        } else {
            ObjectNode o = n.putObject("fitted");
            o.put("method", f.method().key());
            o.put("no_signalling", r.noSignalling());
            o.put("status", f.status().key());
            if (f.status() == Status.OPTIMAL) {
                o.put("distance", f.distanceValue());
                o.put("distance_exact", fraction(f.distance()));
                if (f.certificate() != null) {
                    o.put("distance_bound", f.certificate().boundValue());
                }
                if (!Double.isNaN(f.gap())) {
                    o.put("log_likelihood_gap", f.gap());
                }
                o.set("p", BehaviourFile.nested(f.fitted().scenario(), f.fitted().toArray()));
                o.put("strategies", f.model().size());
            } else {
                o.put("reason", f.reason());
            }
        }
        if (p.test() != null) {
            LikelihoodRatioTest.Result t = p.test();
            ObjectNode o = n.putObject("test");
            o.put("method", "likelihood-ratio");
            putNumber(o, "statistic", t.statistic());
            putNumber(o, "statistic_error", t.statisticError());
            if (t.df().isPresent()) {
                o.put("df", t.df().getAsInt());
            } else {
                o.putNull("df");
            }
            putNumber(o, "p_value_asymptotic", t.asymptoticP());
            putNumber(o, "p_value_bootstrap", t.bootstrapP());
            o.put("bootstrap_experiments", t.samples());
        }
        if (r.intervals()) {
            n.put("confidence", r.confidence());
            if (intervals.isEmpty()) {
                n.putNull("interval");
                n.putNull("interval_method");
            } else {
                Interval first = intervals.get(0);
                n.set("interval", bounds(n, first));
                n.put("interval_method", first.method().json());
            }
            ArrayNode all = n.putArray("intervals");
            for (Interval i : intervals) {
                ObjectNode o = all.addObject();
                o.put("method", i.method().json());
                o.set("interval", bounds(n, i));
                o.put("samples", i.samples());
                o.put("failures", i.failures());
                o.put("note", i.note());
            }
        }
        if (r.fit() != null || r.intervals()) {
            n.put("seed", r.seed());
        }
    }

    private static ArrayNode bounds(ObjectNode n, Interval i) {
        ArrayNode a = n.arrayNode();
        if (Double.isNaN(i.lower())) {
            a.addNull();
        } else {
            a.add(i.lower());
        }
        if (Double.isNaN(i.upper())) {
            a.addNull();
        } else {
            a.add(i.upper());
        }
        return a;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    private static String fraction(org.apache.commons.math3.fraction.BigFraction f) {
        return f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
    }
}
