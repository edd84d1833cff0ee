package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void printsOneTableWithARowPerMethodAndBackend() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("bench", "--case", "chsh", "--backend", "glop,ojalgo", "--repeat", "1");
        assertEquals(ExitCode.OPTIMAL, code);
        String[] lines = out.toString().split("\n");
        assertEquals(5, lines.length, out.toString());
        assertTrue(lines[0].startsWith("case"));
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("0.2071067812") && lines[i].contains(" yes "), lines[i]);
        }
    }

    @Test
    void unknownCaseIsOneLineError() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCode.INVALID, cl.execute("bench", "--case", "nope"));
        assertEquals(1, err.toString().strip().split("\n").length, err.toString());
        assertTrue(err.toString().startsWith("relax: unknown benchmark case 'nope'"));
    }
}
