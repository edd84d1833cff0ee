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
}
