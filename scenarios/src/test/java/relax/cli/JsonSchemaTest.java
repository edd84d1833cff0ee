package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.Behaviour;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.locality.CausalModel;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Method;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.quantum.ExampleBehaviours;

/**
 * The {@code --json} line of every command, on optimal, infeasible (by certificate, by a signalling marginal, by the range of a
 * functional), invalid and failed inputs, validates against its JSON Schema in docs/schemas — and every key the vocabulary
 * (docs/json.md) documents for a command appears in at least one of these lines, so the schemas and the docs describe what is
 * written.
 */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("..", "docs", "schemas").toAbsolutePath().normalize();

    private static Schema schema(String command) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(JsonSchemaTest::load));
        return registry.getSchema(SchemaLocation.of(ID + command + ".schema.json"));
    }

    /** The id prefix of the schemas in docs/schemas (read from there, never fetched). */
    private static final String ID = "https://relax.invalid/schemas/";

    private static String load(String iri) {
        if (!iri.startsWith(ID)) {
            return null;
        }
        try {
            return Files.readString(SCHEMAS.resolve(iri.substring(ID.length())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Validates every line of {@code out} against the command's schema; returns the lines as JSON. */
    private static List<JsonNode> valid(String command, String out) throws Exception {
        Schema s = schema(command);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            JsonNode n = JSON.readTree(line);
            List<Error> errors = s.validate(n);
            assertTrue(errors.isEmpty(), command + ": " + errors + "\n" + line);
            lines.add(n);
        }
        return lines;
    }

    private static List<JsonNode> run(String command, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = command;
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        Run r = Run.of(all);
        List<JsonNode> lines = valid(command, r.out());
        assertEquals("", r.err(), "--json reports every input on standard output");
        return lines;
    }

    private static Set<String> keys(List<JsonNode> lines) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode n : lines) {
            n.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    @Test
    void influenceLinesMatchTheirSchema(@TempDir Path dir) throws Exception {
        Path signalling = dir.resolve("signalling.json");
        // Alice's marginal p(a=0|x=0,y) is 1 at y = 0 and 0 at y = 1: no x2b model has it (Alice never sees y)
        Files.writeString(signalling, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]],[[0,0],[0,1]]],[[[1,0],[0,0]],[[1,0],[0,0]]]]}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[]}");
        List<JsonNode> lines = new ArrayList<>();
        for (String model : new String[] {"lhv", "x2b", "a2b", "comm"}) {
            lines.addAll(run("influence", "--model", model, "examples/pr-box.json", "examples/tsirelson.json", "examples/local-deterministic.json",
                    signalling.toString(), bad.toString(), dir.resolve("missing.json").toString()));
        }
        for (String v : new String[] {"0.2", "0.6", "-1e10", "NaN"}) {
            lines.addAll(run("influence", "--model", "x2b", "--functional", "chsh", "--value", v));
        }
        lines.addAll(run("influence", "--model", "lhv", "--functional", "chsh", "--value", "0"));
        lines.addAll(run("influence", "--model", "x2b", "--functional", "nosuch", "--value", "1"));
        Set<String> statuses = new TreeSet<>();
        lines.forEach(n -> statuses.add(n.get("status").asText()));
        assertEquals(Set.of("optimal", "infeasible", "invalid"), statuses);
        // every input one line: 4 models x 6 files, 6 functional runs
        assertEquals(4 * 6 + 6, lines.size());
        StringWriter failed = new StringWriter();
        failedInfluence(failed);
        lines.addAll(valid("influence", failed.toString()));
        assertTrue(keys(lines).containsAll(Set.of("file", "mode", "name", "scenario", "inputs", "outputs", "measure", "measure_label", "strategies",
                "constraints", "model", "status", "value", "verified", "message", "entropy", "certificate", "hidden_variable_model", "residual", "backend",
                "method", "lp_solves", "columns", "seconds", "timing", "fallbacks", "functional", "functional_value", "no_signalling",
                "no_signalling_conditions", "reachable")), keys(lines).toString());
    }

    /**
     * relax influence --structure: optimal (own p, a behaviour file, one edge, p(m=0) with its entropy), infeasible (lhv on
     * the PR box; an implied independence broken) and invalid (wrong shape, missing file) lines all match the schema.
     */
    @Test
    void structureInfluenceLinesMatchTheirSchema(@TempDir Path dir) throws Exception {
        Path signalling = dir.resolve("signalling.json");
        Files.writeString(signalling, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]],[[0,0],[0,1]]],[[[1,0],[0,0]],[[1,0],[0,0]]]]}");
        List<JsonNode> lines = new ArrayList<>();
        lines.addAll(run("influence", "--structure", "instrumental"));
        lines.addAll(run("influence", "--structure", "bell-x-and-a-to-b", "--edge", "x->b"));
        lines.addAll(run("influence", "--structure", "comm", "examples/tsirelson.json", signalling.toString()));
        lines.addAll(run("influence", "--structure", "lhv", "examples/pr-box.json", "examples/ghz.json", dir.resolve("missing.json").toString()));
        assertEquals(List.of("optimal", "optimal", "optimal", "infeasible", "infeasible", "invalid", "invalid"),
                lines.stream().map(n -> n.get("status").asText()).toList());
        assertEquals("c_x_to_b", lines.get(0).get("measure").asText());
        assertEquals("p_m0", lines.get(2).get("measure").asText());
        assertTrue(keys(lines).containsAll(Set.of("structure", "relaxed", "entropy", "certificate", "hidden_variable_model", "residual")), keys(lines).toString());
    }

    /** Lines of results that could not be established: a FAILED solve, and inputs that ran out of memory or hit a bug. */
    private static void failedInfluence(StringWriter sink) {
        Behaviour p = ExampleBehaviours.prBox(1);
        RelaxationResult none = new RelaxationResult(Status.FAILED, Double.NaN, List.of(), null, Double.NaN, "every LP backend failed",
                Diagnostics.none(Method.AUTO));
        InfluenceAnalysis a = new InfluenceAnalysis(p, CausalModel.X_TO_B, 1e-9);
        PrintWriter out = new PrintWriter(sink);
        out.println(InfluenceReport.json("pr.json", new InfluenceAnalysis.Outcome(a.problem(), p, CausalModel.X_TO_B, Status.FAILED, none,
                "could not establish the answer: every LP backend failed"), FaithfulnessAnalysis.run(CompatibilityBehaviour.fromBell(p),
                FaithfulnessCommand.graph("x2b", 2, 1e-9), 1e-9)));
        FunctionalAnalysis f = new FunctionalAnalysis(BellFunctional.chsh(), 0.2, CausalModel.X_TO_B, true);
        out.println(FunctionalReport.json(new FunctionalAnalysis.Outcome(f.problem(), BellFunctional.chsh(), 0.2, new org.apache.commons.math3.fraction.BigFraction(1, 5),
                CausalModel.X_TO_B, true, List.of(), relax.scenarios.analysis.FunctionalConstraints.of(BellFunctional.chsh(),
                new org.apache.commons.math3.fraction.BigFraction(1, 5), List.of()), Status.FAILED, none, "could not establish the answer", org.apache.commons.math3.fraction.BigFraction.ZERO,
                org.apache.commons.math3.fraction.BigFraction.ZERO, null, false)));
        Records records = new Records(out, new PrintWriter(new StringWriter()), true, false, "model", "x2b", "measure", "c_x_to_b", "measure_label", "C_X→B");
        records.guard("huge.json", "behaviour", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        records.guard(null, "functional", () -> {
            throw new IllegalStateException("unexpected");
        });
        out.flush();
    }

    @Test
    void mdLinesMatchTheirSchema(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[0.5,0.5],[0,0]]]]}");
        List<JsonNode> lines = new ArrayList<>();
        lines.addAll(run("md", "examples/tsirelson.json", "examples/pr-box.json", "examples/ghz.json", bad.toString()));
        lines.addAll(run("md", "--measure", "hall", "examples/tsirelson.json"));
        lines.addAll(run("md", "--min-mi", "--gap", "1e-2", "examples/tsirelson.json"));
        lines.addAll(run("md", "--input-distribution", "0.4,0.1,0.1,0.4", "examples/pr-box.json"));
        lines.addAll(run("md", "--functional", "cglmp", "--scenario", "2,2,3,3", "--value", "3"));
        lines.addAll(run("md", "--functional", "chsh", "--value", "0.6"));
        lines.addAll(run("md", "--functional", "chsh", "--value", "5"));
        lines.addAll(run("md", "--functional", "chsh", "--value", "Infinity"));
        lines.addAll(run("md", "--functional", "chsh", "--value", "1/3", "--allow-signalling"));
        Set<String> statuses = new TreeSet<>();
        lines.forEach(n -> statuses.add(n.get("status").asText()));
        assertEquals(Set.of("optimal", "infeasible", "invalid"), statuses);
        Behaviour p = ExampleBehaviours.prBox(1);
        MeasurementDependenceAnalysis a = MeasurementDependenceAnalysis.of(p, MeasurementDependenceMeasure.M, InputDistribution.uniform(p.scenario()));
        MeasurementDependenceResult none = new MeasurementDependenceResult(Status.FAILED, MeasurementDependenceMeasure.M, Double.NaN, null, null, Double.NaN,
                "every LP backend failed", Diagnostics.none(Method.AUTO));
        lines.addAll(valid("md", MdReport.json("pr.json", new MeasurementDependenceAnalysis.Outcome(a.problem(), p, null, Double.NaN, null, false, List.of(),
                InputDistribution.uniform(p.scenario()), none, Double.NaN, Double.NaN, null, "could not establish the answer"))));
        assertTrue(keys(lines).containsAll(Set.of("file", "mode", "name", "scenario", "measure", "measure_label", "strategies", "constraints",
                "functional", "functional_value", "no_signalling", "no_signalling_conditions", "input_distribution", "input_distribution_exact", "mi_lower",
                "mi_upper", "mi_bounds", "mi_converged", "mi_iterations", "mi_seconds", "certificate", "hidden_variable_model", "model_measure", "model_mi",
                "residual", "lp_solves", "fallbacks")), keys(lines).toString());
    }

    @Test
    void bilocalLinesMatchTheirSchema(@TempDir Path dir) throws Exception {
        Path signalling = dir.resolve("signalling.json");
        // a swapping behaviour whose Charlie marginal depends on x: c = x
        StringBuilder p = new StringBuilder("{\"inputs\":[2,1,2],\"outputs\":[2,2,2],\"p\":[");
        for (int x = 0; x < 2; x++) {
            p.append(x > 0 ? "," : "").append("[[");
            for (int z = 0; z < 2; z++) {
                p.append(z > 0 ? "," : "").append("[[[").append(x == 0 ? "1,0],[0,0]],[[0,0],[0,0]]]" : "0,1],[0,0]],[[0,0],[0,0]]]");
            }
            p.append("]]");
        }
        Files.writeString(signalling, p.append("]}").toString());
        Path ghz = dir.resolve("not-a-network.json");
        Files.writeString(ghz, Files.readString(Path.of("examples/ghz.json")));
        Path bilocal = dir.resolve("bilocal.json");
        Files.writeString(bilocal, BehaviourFile.toJson(relax.scenarios.quantum.Bilocal.werner(0.5)));
        List<JsonNode> lines = run("bilocal", "--resolution", "1e-3", "--backend", "glop", "examples/swapping-werner-0.8.json", bilocal.toString(),
                signalling.toString(), ghz.toString(), dir.resolve("missing.json").toString());
        assertEquals(5, lines.size());
        assertEquals(List.of("optimal", "optimal", "infeasible", "invalid", "invalid"), lines.stream().map(n -> n.get("status").asText()).toList());
        assertEquals("glop", lines.get(0).get("backend").asText(), "--backend glop is the backend that answered");
        assertTrue(lines.get(0).get("fallbacks").isArray());
        assertFalse(lines.get(1).get("bilocal_decomposition").isNull());
    }

    @Test
    void microstateAndAuditLinesMatchTheirSchemas(@TempDir Path dir) throws Exception {
        Path three = dir.resolve("three.json");
        Files.writeString(three, BehaviourFile.toJson(Behaviour.uniform(relax.core.Scenario.bipartite(3, 2, 2, 2))));
        List<JsonNode> lines = new ArrayList<>();
        for (String[] on : new String[][] {{"--on", "x"}, {"--on", "x", "--given-y"}, {"--on", "a"}, {"--on", "a", "--given-y"}}) {
            List<String> a = new ArrayList<>(List.of(on));
            a.addAll(List.of("examples/tsirelson.json", "examples/pr-box.json", "examples/local-deterministic.json", three.toString()));
            lines.addAll(run("microstate", a.toArray(new String[0])));
        }
        assertEquals(16, lines.size());
        assertTrue(lines.stream().anyMatch(n -> n.get("status").asText().equals("invalid")));
        Path bad = dir.resolve("bad-model.json");
        Files.writeString(bad, "{\"name\": \"no tables\"}");
        List<JsonNode> audits = run("audit", "examples/microstate-escape.json", "examples/microstate-one-time-pad.json",
                "examples/microstate-escape-minimal.json", bad.toString(), dir.resolve("missing.json").toString());
        assertEquals(List.of("audited", "audited", "audited", "invalid", "invalid"), audits.stream().map(n -> n.get("status").asText()).toList());
    }

    /** The keys of --fit and --confidence (docs/statistics.md) on influence, md and microstate. */
    @Test
    void statisticsLinesMatchTheirSchemas() throws Exception {
        String counts = "examples/werner-0.9-counts.json";
        List<JsonNode> lines = new ArrayList<>();
        lines.addAll(run("influence", "--model", "x2b", "--fit", "l1", "--confidence", "0.9", "--samples", "20", "--test-samples", "5", counts));
        lines.addAll(run("influence", "--model", "lhv", "--fit", "ml", "--test-samples", "0", counts, "examples/tsirelson.json"));
        lines.addAll(run("md", "--confidence", "0.9", "--samples", "5", "--interval", "certificate", counts));
        lines.addAll(run("microstate", "--fit", "l1", "--fit-no-signalling", "--confidence", "0.9", "--samples", "10", "--test-samples", "0", counts));
        assertEquals(List.of("optimal", "optimal", "invalid", "optimal", "optimal"), lines.stream().map(n -> n.get("status").asText()).toList());
        assertTrue(keys(lines).containsAll(Set.of("counts", "fitted", "test", "confidence", "interval", "interval_method", "intervals", "seed")),
                keys(lines).toString());
    }

    /** The schemas are strict: a line with a key the vocabulary does not know, or a value of the wrong kind, is refused. */
    @Test
    void schemasRefuseUnknownKeysAndWrongKinds() throws Exception {
        Run r = Run.of("influence", "--json", "--model", "x2b", "examples/tsirelson.json");
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(r.out());
        assertTrue(schema("influence").validate(n).isEmpty());
        n.put("lps", 2);
        assertFalse(schema("influence").validate(n).isEmpty(), "lps is not a key: lp_solves is");
        n.remove("lps");
        n.put("scenario", "2,2,2,2");
        assertFalse(schema("influence").validate(n).isEmpty(), "scenario is a list of integers");
        n.set("scenario", JSON.readTree("[2,2,2,2]"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("certificate")).put("bound_exact", "0.207106781187");
        assertFalse(schema("influence").validate(n).isEmpty(), "exact values are fractions");
    }
}
