package relax.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.structure.CausalStructure;

class StructureFileTest {
    private static final Path DIR = Path.of("structures");

    @Test
    void everyShippedFileIsListedAndLoadsByNameAndByPath() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(DIR)) {
            onDisk = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        assertEquals(onDisk, StructureFile.SHIPPED.stream().sorted().toList());
        for (String name : StructureFile.SHIPPED) {
            StructureFile.Contents byName = StructureFile.load(name, 1e-9);
            StructureFile.Contents byPath = StructureFile.read(DIR.resolve(name + ".json"), 1e-9);
            assertEquals(byPath.structure().toString(), byName.structure().toString(), name);
            assertEquals(name, byName.structure().name());
        }
    }

    /** The shipped Fig. 1a–d files count as many strategies as the hand-written spaces on CHSH (x2b: 4·4^2 = 64). */
    @Test
    void shippedBuiltInsCountAsTheHandWrittenSpaces() {
        Scenario chsh = Scenario.bipartite(2, 2, 2, 2);
        for (CausalModel m : CausalModel.values()) {
            CausalStructure s = StructureFile.load(m.key(), 1e-9).structure();
            assertEquals(chsh, s.scenario());
            assertEquals(BigInteger.valueOf(m.strategies(chsh).size()), s.strategyCount(), m.key());
        }
        Scenario ghz = Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2});
        assertEquals(BigInteger.valueOf(new LhvStrategies(ghz).size()), StructureFile.load("lhv3", 1e-9).structure().strategyCount());
        assertEquals(BigInteger.valueOf(64), StructureFile.load("x2b", 1e-9).structure().strategyCount());
    }

    /** The instrumental file's p is the hand-derived quantum behaviour (1 ± cos(α_x − β_a))/4 of the docs. */
    @Test
    void instrumentalBehaviourIsTheDerivedQuantumOne() {
        Behaviour p = StructureFile.load("instrumental", 1e-12).behaviour().orElseThrow();
        double[] alpha = {-Math.PI / 4, Math.PI / 2, -3 * Math.PI / 4};
        double[] beta = {0, Math.PI / 2};
        for (int x = 0; x < 3; x++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double expected = (1 + ((a ^ b) == 0 ? 1 : -1) * Math.cos(alpha[x] - beta[a])) / 4;
                    assertEquals(expected, p.get(p.scenario().index(x, 0, a, b)), 1e-15);
                }
            }
        }
    }

    @Test
    void behaviourFilesMatchWhenPaddedWithOnes() {
        CausalStructure s = StructureFile.load("instrumental", 1e-9).structure();
        Behaviour padded = new Behaviour(Scenario.of(new int[] {3, 1}, new int[] {2, 2}), new double[12]);
        assertEquals(s.scenario(), StructureFile.behaviourFor(s, padded, "f.json").scenario());
        Behaviour wrong = new Behaviour(Scenario.bipartite(2, 2, 2, 2), new double[16]);
        assertEquals("f.json: the behaviour has inputs [2, 2] and outputs [2, 2] but the structure's settings [x] have values [3] and its outcomes [a, b] [2, 2]",
                assertThrows(InvalidStructureException.class, () -> StructureFile.behaviourFor(s, wrong, "f.json")).getMessage());
    }

    @Test
    void shapeOfPIsCheckedAgainstTheNodes() {
        String text = "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2}, {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}],"
                + " \"p\": [[0.5, 0.5], [0.5, 0.25, 0.25]]}";
        assertEquals("p[1] has 3 entries but the values of a = 2 (p is nested over x, a)",
                assertThrows(InvalidStructureException.class, () -> StructureFile.parse(text, 1e-9)).getMessage());
        assertTrue(StructureFile.parse(text.replace("[0.5, 0.25, 0.25]", "[0.75, 0.25]"), 1e-9).behaviour().isPresent());
    }

    /** The shipped Fig. 1a–d files take their sizes from the behaviour: x2b on I3322 counts 2^3·2^9 like the hand-written space. */
    @Test
    void shippedBuiltInsResolveToAnyBipartiteScenario() {
        Scenario i3322 = Scenario.bipartite(3, 3, 2, 2);
        Scenario cglmp = Scenario.bipartite(2, 2, 3, 3);
        for (CausalModel m : CausalModel.values()) {
            StructureFile.Contents c = StructureFile.load(m.key(), 1e-9);
            for (Scenario sc : List.of(i3322, cglmp)) {
                CausalStructure s = c.resolve(sc, "f.json");
                assertEquals(sc, s.scenario());
                assertEquals(BigInteger.valueOf(m.strategies(sc).size()), s.strategyCount(), m.key() + " " + sc);
            }
        }
    }

    /** Setting probabilities as fractions in quotes; a probability that is no simple fraction, or a hidden node sized by the behaviour, is refused. */
    @Test
    void distributionsAreExactFractions() {
        String nodes = "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 3, \"distribution\": %s},"
                + " {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}]}";
        CausalStructure s = StructureFile.parse(String.format(nodes, "[\"1/6\", \"1/3\", 0.5]"), 1e-9).structure();
        assertEquals(1.0 / 6, s.node("x").probability(0), 0);
        assertEquals("setting 'x': probability 0.3333333333 of value 0 is not a fraction with denominator at most 1000000; write it exactly, e.g. 0.25 or \"1/3\"",
                assertThrows(InvalidStructureException.class, () -> StructureFile.parse(String.format(nodes, "[0.3333333333, 0.3333333333, 0.3333333334]"), 1e-9))
                        .getMessage());
        String hidden = "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2}, {\"name\": \"m\", \"kind\": \"hidden\", \"values\": \"from-behaviour\","
                + " \"parents\": [\"x\"]}, {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"m\"]}]}";
        assertEquals("nodes[1] 'm': a hidden node's values cannot come from the behaviour, which does not show it; give a number",
                assertThrows(InvalidStructureException.class, () -> StructureFile.parse(hidden, 1e-9)).getMessage());
    }

    /** A structure's own p and a behaviour file moved into a structure keep the numbers exactly as written (0.1 is 1/10). */
    @Test
    void behavioursKeepTheirWrittenValues() {
        String text = "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2}, {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}],"
                + " \"p\": [[0.1, 0.9], [0.3, 0.7]]}";
        StructureFile.Contents c = StructureFile.parse(text, 1e-9);
        assertEquals(new org.apache.commons.math3.fraction.BigFraction(1, 10), c.behaviour().orElseThrow().exact(0));
        Behaviour file = BehaviourFile.parse("{\"inputs\": [2], \"outputs\": [2], \"p\": [[0.1, 0.9], [0.3, 0.7]]}");
        assertEquals(new org.apache.commons.math3.fraction.BigFraction(3, 10), StructureFile.behaviourFor(c.structure(), file, "f.json").exact(2));
    }
}
