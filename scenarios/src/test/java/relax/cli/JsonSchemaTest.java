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
 * written. The same holds for the records of relax batch and merge, and for the behaviour files relax example and convert write.
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

    /** A contextuality file whose context A1B0 shifts p(B0=0) from 1/2 to 1/3 (Def. 2 (i) broken by 1/6). */
    private static final String DISTURBING = "{\"measurements\": {\"A0\": 2, \"A1\": 2, \"B0\": 2}, \"contexts\": {\"A0B0\": [\"A0\", \"B0\"], "
            + "\"A1B0\": [\"A1\", \"B0\"]}, \"p\": {\"A0B0\": [[0.25, 0.25], [0.25, 0.25]], \"A1B0\": [[\"1/6\", \"1/3\"], [\"1/6\", \"1/3\"]]}}";

    /** The lines of an input that ran out of memory and of one that hit a bug, as a command with these context keys prints them. */
    private static String unsolvedLines(Object... context) {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink);
        Records records = new Records(out, new PrintWriter(new StringWriter()), true, false, context);
        records.guard("huge.json", "behaviour", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        records.guard("bug.json", "behaviour", () -> {
            throw new IllegalStateException("unexpected");
        });
        out.flush();
        return sink.toString();
    }

    /**
     * relax noncontextual and relax nodisturbance: contextual (KCBS, Peres-Mermin, the PR box read as a contextuality file),
     * noncontextual (a local deterministic box: C_ctx->A = 0, a noncontextual model), disturbing (the influence LP still
     * solves; the noncontextual and slot-dependent models are infeasible with Farkas certificates), invalid and failed lines.
     */
    @Test
    void contextualityLinesMatchTheirSchemas(@TempDir Path dir) throws Exception {
        Path disturbing = dir.resolve("disturbing.json");
        Files.writeString(disturbing, DISTURBING);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\"]}, \"p\": {\"x\": [0.5, 0.6]}}");
        String missing = dir.resolve("missing.json").toString();
        List<JsonNode> nc = run("noncontextual", "examples/kcbs.json", "examples/peres-mermin.json", "examples/pr-box.json",
                "examples/local-deterministic.json", disturbing.toString(), bad.toString(), missing);
        assertEquals(List.of("optimal", "optimal", "optimal", "optimal", "optimal", "invalid", "invalid"), nc.stream().map(n -> n.get("status").asText()).toList());
        // a local deterministic box is noncontextual: C_ctx->A = 0 exactly (by hand: one global assignment reproduces it)
        assertEquals("yes", nc.get(3).get("noncontextual").asText());
        assertEquals(0.0, nc.get(3).get("value").asDouble());
        assertEquals("feasible", nc.get(3).get("noncontextual_model").get("status").asText());
        assertEquals("infeasible", nc.get(4).get("noncontextual_model").get("status").asText());
        assertEquals("broken", nc.get(4).get("no_disturbance").get("status").asText());
        valid("noncontextual", unsolvedLines("model", "context"));
        List<JsonNode> nd = run("nodisturbance", "examples/peres-mermin.json", "examples/kcbs.json", "examples/pr-box.json", disturbing.toString(), bad.toString(),
                missing);
        assertEquals(List.of("holds", "holds", "holds", "broken", "invalid", "invalid"), nd.stream().map(n -> n.get("status").asText()).toList());
        // Def. 2 (i) is broken by |1/2 - 1/3| = 1/6 (by hand: p(B0=0) is 1/4 + 1/4 in A0B0 and 1/6 + 1/6 in A1B0)
        assertEquals("1/6", nd.get(3).get("largest").get("amount_exact").asText());
        valid("nodisturbance", unsolvedLines());
        for (JsonNode n : nc.subList(0, 5)) {
            assertEquals(n.get("no_disturbance").get("status"), nd.stream().filter(d -> d.get("file").equals(n.get("file"))).findFirst()
                    .map(d -> d.get("status")).orElse(n.get("no_disturbance").get("status")), "noncontextual embeds the nodisturbance report");
        }
    }

    /** relax faithfulness: a Bell graph, a Kochen-Specker graph (slot_symmetry_holds), a structure, and unsolved lines. */
    @Test
    void faithfulnessLinesMatchTheirSchema(@TempDir Path dir) throws Exception {
        Path disturbing = dir.resolve("disturbing.json");
        Files.writeString(disturbing, DISTURBING);
        List<JsonNode> lines = new ArrayList<>();
        lines.addAll(run("faithfulness", "--model", "x2b", "examples/tsirelson.json", "examples/local-deterministic.json", "examples/pr-box.json",
                dir.resolve("missing.json").toString()));
        lines.addAll(run("faithfulness", "--model", "canonical", "examples/peres-mermin.json", "examples/kcbs.json", disturbing.toString()));
        lines.addAll(run("faithfulness", "--structure", "lhv", "examples/tsirelson.json"));
        lines.addAll(run("faithfulness", "--structure", "instrumental", "examples/tsirelson.json"));
        assertEquals(9, lines.size());
        assertTrue(keys(lines).containsAll(Set.of("file", "graph", "tolerance", "faithful", "independences", "fine_tuned", "broken", "slot_symmetry_holds",
                "summary", "status", "message")), keys(lines).toString());
        Set<String> verdicts = new TreeSet<>();
        lines.stream().filter(n -> n.has("independences")).forEach(n -> n.get("independences").forEach(i -> verdicts.add(i.get("verdict").asText())));
        assertTrue(verdicts.containsAll(Set.of("implied", "fine_tuned", "broken")), verdicts.toString());
        valid("faithfulness", unsolvedLines("graph", "x2b"));
    }

    /** relax dual-vertices (every formulation) and relax facets (the list, and --through a facet, a face and an invalid inequality). */
    @Test
    void polytopeObjectsMatchTheirSchemas() throws Exception {
        List<JsonNode> dual = new ArrayList<>();
        for (String f : new String[] {"lifted", "projected", "l1"}) {
            dual.addAll(run("dual-vertices", "-q", "--model", "x2b", "--formulation", f));
        }
        dual.addAll(run("dual-vertices", "-q", "--model", "comm"));
        // Table I of Chaves et al. 2015: 13 vertices for x2b in the CHSH scenario (lifted formulation)
        assertEquals(13, dual.get(0).get("vertices").size());
        assertEquals(4, dual.size());
        List<JsonNode> facets = new ArrayList<>();
        facets.addAll(run("facets", "-q", "--model", "lhv"));
        facets.addAll(run("facets", "-q", "--model", "lhv", "--list"));
        facets.addAll(run("facets", "-q", "--model", "lhv", "--through", "chsh"));
        facets.addAll(run("facets", "-q", "--model", "lhv", "--through", "chsh<=0.1"));
        facets.addAll(run("facets", "-q", "--model", "x2b", "--through", "chsh"));
        // the local polytope of the CHSH scenario: 16 positivity facets and 8 CHSH facets (Fine 1982)
        assertEquals(24, facets.get(0).get("facets").size());
        assertTrue(facets.get(2).get("through").get("facet").asBoolean());
        assertFalse(facets.get(4).get("through").get("valid").asBoolean(), "chsh <= 0 is violated by x2b's deterministic behaviours");
        assertFalse(facets.get(4).has("facets"));
    }

    /**
     * relax batch and relax merge: every task's record, with its id removed, matches its command's schema; tasks that could
     * not start and lines that are no tasks match batch.schema.json; merge copies the records unchanged.
     */
    @Test
    void batchAndMergeRecordsMatchTheirSchemas(@TempDir Path dir) throws Exception {
        Path disturbing = dir.resolve("disturbing.json");
        Files.writeString(disturbing, DISTURBING);
        String[][] tasks = {
            {"influence", "\"model\": \"x2b\", \"behaviour\": \"examples/tsirelson.json\""},
            {"md", "\"behaviour\": \"examples/pr-box.json\""},
            {"bilocal", "\"resolution\": 0.001, \"behaviour\": \"examples/swapping-werner-0.8.json\""},
            {"microstate", "\"on\": \"x\", \"behaviour\": \"examples/tsirelson.json\""},
            {"audit", "\"behaviour\": \"examples/microstate-escape-minimal.json\""},
            {"noncontextual", "\"behaviour\": \"examples/kcbs.json\""},
            {"nodisturbance", "\"behaviour\": \"" + disturbing + "\""},
            {"faithfulness", "\"model\": \"x2b\", \"behaviour\": \"examples/tsirelson.json\""},
            {"influence", "\"model\": \"x2b\", \"no-such-option\": 1, \"behaviour\": \"examples/pr-box.json\""},
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < tasks.length; i++) {
            lines.add("{\"id\": " + (i % 2 == 0 ? String.valueOf(i) : "\"t" + i + "\"") + ", \"command\": \"" + tasks[i][0] + "\", " + tasks[i][1] + "}");
        }
        lines.add("not a task");
        Path in = dir.resolve("tasks.jsonl");
        Files.writeString(in, String.join("\n", lines) + "\n");
        Path out = dir.resolve("results.jsonl");
        Run batch = Run.of("batch", "--in", in.toString(), "--out", out.toString(), "--threads", "1", "-q");
        List<JsonNode> records = batchRecords(Files.readString(out), tasks);
        assertEquals(tasks.length + 1, records.size(), batch.err());
        assertEquals(Set.of("id", "status", "message"), keys(records.subList(tasks.length - 1, tasks.length)), "an option the command does not know");
        assertEquals(Set.of("id", "line", "status", "message"), keys(records.subList(tasks.length, tasks.length + 1)), "a line that is no task");
        Run merge = Run.of("merge", "--in", in.toString(), out.toString());
        assertEquals(ExitCode.OPTIMAL, merge.exit(), merge.err());
        assertEquals(records, batchRecords(merge.out(), tasks), "merge copies the records");
    }

    /** Validates every batch record against batch.schema.json and, without its id, against its task's command's schema. */
    private static List<JsonNode> batchRecords(String jsonl, String[][] tasks) throws Exception {
        List<JsonNode> records = valid("batch", jsonl);
        Set<String> checked = new TreeSet<>();
        for (JsonNode n : records) {
            if (n.get("id").isNull() || n.size() == 3) {
                continue; // a line that is no task, or a task that could not start: batch.schema.json is all there is
            }
            String id = n.get("id").asText();
            int task = Integer.parseInt(id.startsWith("t") ? id.substring(1) : id);
            com.fasterxml.jackson.databind.node.ObjectNode body = ((com.fasterxml.jackson.databind.node.ObjectNode) n).deepCopy();
            body.remove("id");
            valid(tasks[task][0], body.toString());
            checked.add(tasks[task][0]);
        }
        assertEquals(new TreeSet<>(relax.scenarios.batch.Task.COMMANDS), checked, "a record of every command batch runs");
        return records;
    }

    /** relax example (every named behaviour, counts with --runs) and relax convert write canonical behaviour files. */
    @Test
    void exampleAndConvertFilesMatchTheBehaviourSchema(@TempDir Path dir) throws Exception {
        Schema s = schema("behaviour");
        for (String name : new String[] {"pr-box", "tsirelson", "werner", "two-qubit", "i3322-pr", "cglmp", "ghz", "bilocal", "swapping-pauli", "peres-mermin"}) {
            Run r = Run.of("example", name);
            assertEquals(0, r.exit(), r.err());
            assertTrue(s.validate(JSON.readTree(r.out())).isEmpty(), name + ": " + s.validate(JSON.readTree(r.out())));
        }
        Run counts = Run.of("example", "werner", "--runs", "20");
        assertTrue(s.validate(JSON.readTree(counts.out())).isEmpty(), counts.out());
        Path fractions = dir.resolve("fractions.json");
        Files.writeString(fractions, "{\"inputs\":[2,2],\"outputs\":[2,2],\"order\":\"xyab\",\"p\":[[[[\"1/3\",\"2/3\"],[0,0]],[[0.5,0.5],[0,0]]],"
                + "[[[0.25,0.75],[0,0]],[[1,0],[0,0]]]]}");
        for (String[] args : new String[][] {{fractions.toString()}, {"examples/werner-0.9-counts.json"}, {"examples/werner-0.9-counts.json", "--to", "contextuality"},
            {"examples/pr-box.json", "--to", "contextuality"}}) {
            Run r = Run.of(concat("convert", args));
            assertEquals(0, r.exit(), r.err());
            assertTrue(s.validate(JSON.readTree(r.out())).isEmpty(), String.join(" ", args) + ": " + s.validate(JSON.readTree(r.out())) + "\n" + r.out());
        }
        com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Run.of("example", "pr-box").out());
        p.put("visibility", 1);
        assertFalse(s.validate(p).isEmpty(), "a behaviour file has no key visibility");
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
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

        // the newer commands: a misspelt key (top level and nested) and a value of the wrong kind are refused
        JsonNode nc = only("noncontextual", "examples/kcbs.json");
        refused("noncontextual", nc, "", o -> o.put("contextual_fractoin", 0.47), "a misspelt key");
        refused("noncontextual", nc, "/contextual_fraction", o -> o.put("value", "0.47"), "a number printed as a string");
        refused("noncontextual", nc, "/noncontextual_model", o -> o.put("strategies", 32), "noncontextual_model.strategies is written as a string");
        refused("noncontextual", nc, "/certificate", o -> o.put("bound_exact", "0.0944"), "exact values are fractions");
        refused("noncontextual", nc, "/no_disturbance/conditions", o -> o.putNull("iii"), "a condition Def. 2 does not have");
        JsonNode nd = only("nodisturbance", "examples/kcbs.json");
        refused("nodisturbance", nd, "", o -> o.put("status", "optimal"), "nodisturbance says holds or broken");
        refused("nodisturbance", nd, "/largest", o -> o.put("amount_exact", 6e-17), "amount_exact is an exact string");
        refused("nodisturbance", nd, "/largest", o -> o.put("ammount", 6e-17), "a misspelt key");
        JsonNode fa = only("faithfulness", "--model", "x2b", "examples/tsirelson.json");
        refused("faithfulness", fa, "", o -> o.put("model", "x2b"), "faithfulness names the graph, not a model");
        refused("faithfulness", fa, "", o -> o.put("fine_tuned", "1"), "a count printed as a string");
        refused("faithfulness", fa, "/independences/0", o -> o.put("verdict", "fine-tuned"), "verdicts are fine_tuned, implied, broken, open");
        JsonNode dv = only("dual-vertices", "-q", "--model", "x2b");
        refused("dual-vertices", dv, "", o -> o.put("vertex_count", 13), "an unknown key");
        refused("dual-vertices", dv, "/vertices/0", o -> o.set("z", JSON.createArrayNode().add(0.5)), "z is exact");
        refused("dual-vertices", dv, "/classes/0", o -> o.put("kind", "bell"), "kinds are zero, bell-like, no-signalling");
        JsonNode fc = only("facets", "-q", "--model", "lhv");
        refused("facets", fc, "", o -> o.put("through", "chsh"), "through is an object and only with --through");
        refused("facets", fc, "/facets/0", o -> o.put("bound", 0), "coefficients and bounds are exact strings");
        refused("facets", fc, "/classes/0", o -> o.put("name", "positivity"), "the key is contains");
        JsonNode through = only("facets", "-q", "--model", "lhv", "--through", "chsh");
        refused("facets", through, "/through", o -> o.put("valid", "yes"), "valid is a boolean");
        JsonNode task = JSON.readTree("{\"id\": \"r1\", \"status\": \"invalid\", \"message\": \"r1: unknown option\"}");
        assertTrue(schema("batch").validate(task).isEmpty());
        refused("batch", task, "", o -> o.set("id", JSON.createArrayNode().add(1)), "an id is a string or a whole number");
        refused("batch", JSON.readTree("{\"id\": null, \"line\": 3, \"status\": \"invalid\", \"message\": \"x line 3: not JSON\"}"), "",
                o -> o.put("line", "3"), "a line number is an integer");
        refused("batch", task, "", o -> o.remove("id"), "every record has an id");
    }

    /** The one JSON line of a command run with --json. */
    private static JsonNode only(String command, String... args) throws Exception {
        List<JsonNode> lines = run(command, args);
        assertEquals(1, lines.size());
        return lines.get(0);
    }

    /** A valid line, changed at {@code at} (a JSON pointer; "" for the top level), is refused by the command's schema. */
    private static void refused(String command, JsonNode valid, String at, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change,
            String why) {
        JsonNode copy = valid.deepCopy();
        change.accept((com.fasterxml.jackson.databind.node.ObjectNode) (at.isEmpty() ? copy : copy.at(at)));
        assertFalse(schema(command).validate(copy).isEmpty(), command + ": " + why);
    }
}
