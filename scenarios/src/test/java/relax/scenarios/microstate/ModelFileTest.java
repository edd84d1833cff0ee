package relax.scenarios.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files: what is read, and one clear line for every kind of bad file. */
class ModelFileTest {
    /** A valid model: a = λ, b = λ ⊕ y, λ uniform; every test below breaks one thing in it. */
    static final String VALID = """
            {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda": ["0","1"], "a": ["0","1"], "b": ["0","1"]},
             "state": {"table": {"0": "1/2", "1": 0.5}},
             "A": {"given": ["lambda"], "table": {"0": "0", "1": "1"}},
             "B": {"given": ["y", "lambda"], "table": {"0": {"0": "0", "1": "1"}, "1": {"0": "1", "1": "0"}}}}
            """;

    @Test
    void readsTheValidModelWithDefaults() {
        HiddenVariableModel m = ModelFile.parse(VALID);
        assertEquals(1, m.count(ModelVariable.LAMBDA_A), "undeclared microstates are constants");
        assertTrue(m.declares(ModelVariable.LAMBDA));
        ConditionalTable settings = m.table("settings");
        for (Surd p : settings.values()) {
            assertEquals(Surd.of(1, 4), p, "settings default to uniform");
        }
        assertEquals(Surd.of(1, 2), m.table("state").values()[1], "JSON number 0.5 read exactly");
        assertEquals(java.util.List.of(ModelVariable.LAMBDA), m.table("A").given());
    }

    @Test
    void defaultResponseParentsAreTheLocalOnes() {
        HiddenVariableModel m = ModelFile.parse("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda_b": ["u"], "a": ["0","1"], "b": ["0","1"]},
                 "microstates": {"table": {"u": 1}},
                 "A": {"table": {"0": "0", "1": "1"}},
                 "B": {"table": {"0": {"u": "0"}, "1": {"u": "1"}}}}
                """);
        assertEquals(java.util.List.of(ModelVariable.X), m.table("A").given());
        assertEquals(java.util.List.of(ModelVariable.Y, ModelVariable.LAMBDA_B), m.table("B").given());
    }

    /** Each bad file, the words its message must contain (entry and rule), one line each. */
    @Test
    void badFilesGetOneLineNamingTheEntryAndTheRule() {
        String[][] cases = {
            // probabilities that do not sum to one
            {VALID.replace("\"1\": 0.5", "\"1\": 0.4"), "state: sums to 9/10, not 1", "exactly 1"},
            {VALID.replace("\"1\": 0.5", "\"1\": \"0.3333\"").replace("\"0\": \"1/2\"", "\"0\": \"0.6666\""), "state: sums to 9999/10000, not 1",
                "write fractions such as 1/3"},
            // negative entries
            {VALID.replace("\"0\": \"1/2\", \"1\": 0.5", "\"0\": \"3/2\", \"1\": -0.5"), "state[lambda=1] = -0.5 is negative", ">= 0"},
            // response tables of the wrong shape
            {VALID.replace("\"table\": {\"0\": \"0\", \"1\": \"1\"}}", "\"table\": {\"0\": \"0\"}}"), "A: missing value \"1\" of lambda",
                "every value"},
            {VALID.replace("\"1\": {\"0\": \"1\", \"1\": \"0\"}}", "\"1\": \"1\"}"), "B[y=1] must be an object keyed by the values of lambda"},
            {VALID.replace("{\"0\": \"0\", \"1\": \"1\"}, \"1\":", "{\"0\": \"0\", \"1\": \"1\", \"2\": \"0\"}, \"1\":"),
                "B[y=0]: unknown value \"2\" of lambda", "lambda takes 0, 1"},
            {VALID.replace("\"table\": {\"0\": \"0\", \"1\": \"1\"}}", "\"table\": {\"0\": \"2\", \"1\": \"1\"}}"), "A[lambda=0] = \"2\" is not a value of a"},
            // unknown variables
            {VALID.replace("\"given\": [\"lambda\"]", "\"given\": [\"lamda\"]"), "A.given: unknown variable \"lamda\"", "may depend on"},
            {VALID.replace("\"given\": [\"lambda\"]", "\"given\": [\"lambda_a\"]"), "A.given: unknown variable \"lambda_a\"", "does not declare"},
            {VALID.replace("\"given\": [\"lambda\"]", "\"given\": [\"b\"]"), "A.given: A cannot depend on b"},
            {VALID.replace("\"lambda\": [\"0\",\"1\"],", "\"lambda\": [\"0\",\"1\"], \"mu\": [\"0\"],"), "variables: unknown variable \"mu\""},
            {VALID.replace("\"state\"", "\"states\""), "unknown key \"states\""},
            {VALID.replace("\"x\": [\"0\",\"1\"], ", ""), "variables: missing \"x\""},
            // others
            {VALID.replace("\"1\": 0.5", "\"1\": \"1/2+sqrt(2)-sqrt(2)*sqrt(3)\""), "state[lambda=1]", "cannot combine sqrt(2) and sqrt(3)"},
            {VALID.replace("\"lambda\": [\"0\",\"1\"]", "\"lambda\": [\"0\",\"0\"]"), "variables.lambda lists \"0\" twice"},
            {VALID.replace("\"state\": {", "\"settings\": {\"table\": {\"0\": {\"0\": \"1/2\", \"1\": \"1/2\"}}}, \"state\": {"),
                "settings[x=1][y=0] = 0", "positive probability"},
            {VALID.replace("\"state\": {\"table\"", "\"state\": {\"tabel\""), "state: unknown key \"tabel\""},
            {"[1, 2]", "must be a JSON object"},
            {"{\"variables\": ", "not valid JSON"},
            {VALID.replace("\"A\": {", "\"A\": {\"given\": [], \"table\": \"0\"}, \"A\": {"), "not valid JSON", "Duplicate field 'A'"},
            {VALID.replace("\"state\": {\"table\": {\"0\": \"1/2\", \"1\": 0.5}},", ""), "missing \"state\""},
        };
        for (String[] c : cases) {
            InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelFile.parse(c[0]), c[1]);
            for (int i = 1; i < c.length; i++) {
                assertTrue(e.getMessage().contains(c[i]), "expected '" + c[i] + "' in: " + e.getMessage());
            }
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, VALID.replace("\"1\": 0.5", "\"1\": 0.4"));
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ": state: sums to 9/10, not 1"), e.getMessage());
        Path missing = dir.resolve("none.json");
        assertEquals(missing + ": no such file", assertThrows(InvalidModelException.class, () -> ModelFile.read(missing)).getMessage());
    }
}
