package dev.httpstatus.check.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.Collect;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes are changed, cut, doubled or inserted in a real HAR or raw capture, the readers
 * either read it or stop with a located {@link BadInputException} in the checker's words: never
 * another exception, never Jackson's settings or source in the message.
 */
class MutatedInputPropertiesTest {

    private static final byte[] HAR;
    private static final byte[] RAW;

    static {
        try (InputStream raw = MutatedInputPropertiesTest.class.getResourceAsStream("/raw/two-responses.http")) {
            HAR = HarReaderTest.resource("session.har");
            RAW = raw.readAllBytes();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One change to a byte array: replace, delete, insert, or repeat a run. */
    record Mutation(int kind, double where, int length, byte value) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            int len = Math.min(length, in.length - at);
            return switch (kind) {
                case 0 -> { // overwrite
                    byte[] out = in.clone();
                    for (int i = at; i < at + len; i++) {
                        out[i] = value;
                    }
                    yield out;
                }
                case 1 -> HostileHarTest.concat(java.util.Arrays.copyOfRange(in, 0, at), // delete
                        java.util.Arrays.copyOfRange(in, at + len, in.length));
                case 2 -> HostileHarTest.concat(java.util.Arrays.copyOfRange(in, 0, at), // insert
                        filled(length, value), java.util.Arrays.copyOfRange(in, at, in.length));
                case 3 -> java.util.Arrays.copyOf(in, at); // cut
                default -> HostileHarTest.concat(java.util.Arrays.copyOfRange(in, 0, at + len), // repeat
                        java.util.Arrays.copyOfRange(in, at, in.length));
            };
        }

        private static byte[] filled(int n, byte v) {
            byte[] b = new byte[n];
            java.util.Arrays.fill(b, v);
            return b;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(
                Arbitraries.of((byte) '{', (byte) '}', (byte) '[', (byte) ']', (byte) '"', (byte) ',', (byte) ':',
                        (byte) '\\', (byte) 0, (byte) '\r', (byte) '\n', (byte) ' ', (byte) '-', (byte) '+', (byte) '9',
                        (byte) 'f', (byte) 0xC3, (byte) 0xFF, (byte) 0xFE, (byte) 0x80),
                Arbitraries.bytes());
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 0.999).ofScale(3), Arbitraries.integers().between(1, 40), bytes).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] mutate(byte[] in, List<Mutation> ms) {
        byte[] b = in;
        for (Mutation m : ms) {
            b = m.apply(b);
        }
        return b;
    }

    @Property(tries = 250)
    void aMutatedHarIsReadOrRejectedCleanly(@ForAll("mutations") List<Mutation> ms) {
        check(mutate(HAR, ms));
    }

    @Property(tries = 250)
    void aMutatedRawCaptureIsReadOrRejectedCleanly(@ForAll("mutations") List<Mutation> ms) {
        check(mutate(RAW, ms));
    }

    private static void check(byte[] input) {
        Collect c = new Collect();
        try {
            Inputs.read("-", new ByteArrayInputStream(input), LiveRequest.get(), c, null);
        } catch (BadInputException e) {
            String m = e.getMessage();
            assertThat(m).startsWith("-");
            assertThat(e.source().entry() >= 0 || e.source().line() > 0 || m.contains("(line ") || m.startsWith("-: "))
                    .as(m).isTrue();
            // Jackson quotes tokens as `this`; our messages quote input in "…" or a character in '…', which may
            // itself be a backtick.
            assertThat(m.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^']{1,3}'", "''")).doesNotContain("Feature", "`", "Source:", "REDACTED",
                    "StreamReadConstraints", "CTRL-CHAR", "was expecting", "Exception");
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("escaped as " + e + " for input:\n" + new String(input, StandardCharsets.ISO_8859_1), e);
        }
    }
}
