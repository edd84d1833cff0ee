package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.strategy.ResponseFunction;
import relax.lp.engine.Status;
import relax.scenarios.analysis.Problem;

/**
 * The one JSON vocabulary of every command's {@code --json} line (docs/json.md): the keys every record shares, and
 * how numbers are written — JSON numbers for values, exact rationals as strings ({@code "1/2"}, {@code "-3"}) only
 * under keys ending in {@code _exact}, null for what does not exist (never NaN).
 */
final class JsonRecord {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecord() {
    }

    /**
     * A record with the problem's fields: {@code file} (when given), {@code mode}, {@code name}, {@code scenario},
     * {@code inputs}, {@code outputs}, {@code measure}, {@code measure_label}, {@code strategies}, {@code constraints}.
     *
     * @param file the behaviour file as the user named it, or null in functional mode
     * @param mode {@code behaviour} or {@code functional}
     */
    static ObjectNode start(String file, String mode, Problem p) {
        ObjectNode n = JSON.createObjectNode();
        if (file != null) {
            n.put("file", file);
        }
        n.put("mode", mode);
        n.put("name", p.name());
        scenario(n, p.scenario());
        if (p.measure() == null) {
            n.putNull("measure");
            n.putNull("measure_label");
        } else {
            n.put("measure", p.measure().key());
            n.put("measure_label", p.measure().label());
        }
        n.put("strategies", p.strategies());
        ArrayNode c = n.putArray("constraints");
        p.constraints().forEach(c::add);
        return n;
    }

    /** {@code scenario} [m1..mN, o1..oN], {@code inputs} [m1..mN] and {@code outputs} [o1..oN] as integers. */
    static void scenario(ObjectNode n, Scenario s) {
        ArrayNode all = n.putArray("scenario");
        ArrayNode in = n.putArray("inputs");
        ArrayNode out = n.putArray("outputs");
        for (int v : s.inputCounts()) {
            all.add(v);
            in.add(v);
        }
        for (int v : s.outputCounts()) {
            all.add(v);
            out.add(v);
        }
    }

    /** {@code status}, {@code value} (null unless optimal), {@code verified} and {@code message}. */
    static void outcome(ObjectNode n, Status status, double value, boolean verified, String message) {
        n.put("status", status.key());
        number(n, "value", status == Status.OPTIMAL ? value : Double.NaN);
        n.put("verified", verified);
        n.put("message", message);
    }

    /** {@code key}: v as a JSON number, or null when v is NaN or infinite. */
    static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    /** {@code key}: f as a JSON number (nearest double) and {@code key_exact}: f exactly; both null when f is null. */
    static void exact(ObjectNode n, String key, BigFraction f) {
        if (f == null) {
            n.putNull(key);
            n.putNull(key + "_exact");
        } else {
            n.put(key, f.doubleValue());
            n.put(key + "_exact", fraction(f));
        }
    }

    /** f exactly: {@code "3"}, {@code "-1/2"}. */
    static String fraction(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
    }

    /**
     * One strategy of a hidden-variable model: {@code weight}, {@code strategy} (in words) and {@code responses}, each
     * response function as {@code symbol}, {@code arguments} and {@code values} (outputs nested one level per argument).
     */
    static ObjectNode strategy(double weight, List<ResponseFunction> responses) {
        ObjectNode e = JSON.createObjectNode();
        e.put("weight", weight);
        e.put("strategy", ResponseFunction.describe(responses));
        ArrayNode rs = e.putArray("responses");
        for (ResponseFunction r : responses) {
            ObjectNode o = rs.addObject();
            o.put("symbol", r.symbol());
            ArrayNode args = o.putArray("arguments");
            r.arguments().forEach(args::add);
            o.set("values", JSON.valueToTree(r.nested()));
        }
        return e;
    }

    /**
     * The record of an input that was not solved, with the keys of a solved record that can be known: {@code status}
     * {@code invalid} (exit 2) or {@code failed} (3, 4), null value, {@code verified} false, the one-line reason.
     *
     * @param file    the file as the user named it, or null in functional mode
     * @param mode    {@code behaviour} or {@code functional}
     * @param context further known keys (e.g. {@code model}), in order, as key, value pairs; may be empty
     */
    static String unsolved(String file, String mode, String status, String message, Object... context) {
        ObjectNode n = JSON.createObjectNode();
        if (file != null) {
            n.put("file", file);
        }
        n.put("mode", mode);
        for (int i = 0; i + 1 < context.length; i += 2) {
            if (context[i + 1] == null) {
                n.putNull((String) context[i]);
            } else {
                n.put((String) context[i], context[i + 1].toString());
            }
        }
        n.put("status", status);
        n.putNull("value");
        n.put("verified", false);
        n.put("message", message);
        n.putNull("certificate");
        return n.toString();
    }
}
