package relax.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.InvalidBehaviourException;

/** Numbers read as the exact rationals their literals denote (issue 18: "a decimal literal is an exact rational"). */
class ExactNumberTest {

    private static BigFraction json(String literal) {
        JsonNode n = JsonText.object("{\"v\":" + literal + "}", "v").get("v");
        return ExactNumber.of(n, "v", "a number");
    }

    private static String error(String literal) {
        return assertThrows(InvalidBehaviourException.class, () -> json(literal)).getMessage();
    }

    /** By definition of decimal notation: 0.1 = 1/10, 1e-10 = 1/10^10, 2.50 = 5/2, 7 = 7; a string "1/3" is 1/3. */
    @Test
    void literalsAreExactRationals() {
        assertEquals(new BigFraction(1, 10), json("0.1"));
        assertEquals(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(10)), json("1e-10"));
        assertEquals(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(10)), json("\"1e-10\""));
        assertEquals(new BigFraction(5, 2), json("2.50"));
        assertEquals(new BigFraction(7), json("7"));
        assertEquals(new BigFraction(1, 3), json("\"1/3\""));
        assertEquals(new BigFraction(-5, 14), json("\"-2.5/7\""));
        assertEquals(new BigFraction(-1, 2), json("\"\u22120.5\""), "a Unicode minus sign, as pasted from a paper");
        assertEquals(new BigFraction(1, 4), json("\" 1 / 4 \""));
        assertEquals(new BigFraction(10), json("\"1e500/1e499\""), "parts beyond the double range, quotient within it");
        // the nearest double of an exact value is what the engine computes with
        assertEquals(0.1, relax.core.NearestDouble.of(json("0.1")));
    }

    @Test
    void nonNumbersAndNonFiniteNumbersAreRejected() {
        assertEquals("v = NaN is not a number (only finite numbers are allowed)", error("NaN"));
        assertEquals("v = -Infinity is not a number (only finite numbers are allowed)", error("-Infinity"));
        assertEquals("v = \"Infinity\" is not a number (only finite numbers are allowed)", error("\"Infinity\""));
        assertEquals("v = \"1/0\" divides by zero", error("\"1/0\""));
        assertEquals("v = \"abc\" is not a number (write a decimal such as 0.25 or 1e-3, or a fraction such as \"1/4\")", error("\"abc\""));
        assertEquals("v = true is not a number (write a number such as 0.25, or a fraction as a string such as \"1/4\")", error("true"));
        assertEquals("v = a list is not a number (write a number such as 0.25, or a fraction as a string such as \"1/4\")", error("[1]"));
    }

    /** Numbers the engine cannot compute with (beyond ±1.8e308, or non-zero below 4.9e-324) are refused, quickly, whatever the exponent. */
    @Test
    void numbersBeyondTheDoubleRangeAreRefused() {
        assertEquals("v = 1e400 is too large: numbers must be below 1.8e308 in magnitude, the largest double", error("1e400"));
        assertEquals("v = 2e308 is too large: numbers must be below 1.8e308 in magnitude, the largest double", error("2e308"));
        assertEquals("v = 1e-400 is too small to compute with (closer to 0 than 4.9e-324, the smallest double): write 0 if you mean 0", error("1e-400"));
        assertEquals(new BigFraction(0), json("0e999999999"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            error("1e999999999");
            error("1e-999999999");
            error("\"1e99999999999999999999\"");
            error("\"1e-2147483649\"");
            error("1" + "0".repeat(400));
        });
    }

    /** Whole numbers may be written in any exact form whose value is whole (documented in README): 1e1 is 10. */
    @Test
    void wholeNumbers() {
        JsonNode n = JsonText.object("{\"a\":1e1,\"b\":\"4\",\"c\":2.5,\"d\":4294967298}", "").get("a");
        assertEquals(BigInteger.TEN, ExactNumber.whole(n, "a", "runs"));
        JsonNode root = JsonText.object("{\"a\":1e1,\"b\":\"4\",\"c\":2.5,\"d\":4294967298}", "");
        assertEquals(BigInteger.valueOf(4), ExactNumber.whole(root.get("b"), "b", "runs"));
        assertEquals(BigInteger.valueOf(4294967298L), ExactNumber.whole(root.get("d"), "d", "runs"), "no wrap-around");
        assertEquals("c = 2.5 is not a whole number of runs",
                assertThrows(InvalidBehaviourException.class, () -> ExactNumber.whole(root.get("c"), "c", "runs")).getMessage());
    }

    /** Messages show values as a person writes them; writers give exact literals that read back to the same value. */
    @Test
    void showingAndWriting() {
        assertEquals("1.0001", ExactNumber.show(new BigFraction(10001, 10000)));
        assertEquals("1e-12", ExactNumber.show(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(12))));
        assertEquals("1/3", ExactNumber.show(new BigFraction(1, 3)));
        assertEquals("0.0001", Normalisation.showTolerance(1e-4));
        assertEquals("1e-9", Normalisation.showTolerance(1e-9));
        for (BigFraction v : new BigFraction[] {new BigFraction(1, 3), new BigFraction(1, 8), new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(20)),
            new BigFraction(0.1), new BigFraction(12345, 1)}) {
            JsonNode literal = ExactNumber.literal(v);
            assertEquals(v, ExactNumber.of(JsonText.object("{\"v\":" + literal + "}", "").get("v"), "v", ""), literal.toString());
            assertEquals(v, ExactNumber.parse(ExactNumber.text(v), "v", ""), ExactNumber.text(v));
        }
        assertEquals("\"1/3\"", ExactNumber.literal(new BigFraction(1, 3)).toString());
        assertEquals("0.125", ExactNumber.literal(new BigFraction(1, 8)).toString());
    }
}
