package dev.ccwconsole.abi.vfio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Compiles {@code src/test/c/abi_probe.c} with gcc into {@code target/abi-probe/} and runs it, capturing its
 * output through pipes. Skips (JUnit assumption) only when a tool is missing: gcc on the PATH or the kernel
 * uapi header {@code linux/vfio.h}; a probe that does not compile or run fails the test.
 */
final class AbiProbe {

    static final Path VFIO_HEADER = Path.of("/usr/include/linux/vfio.h");
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path SOURCE = BASEDIR.resolve("src/test/c/abi_probe.c");
    private static final Path OUTPUT_DIR = BASEDIR.resolve("target/abi-probe");

    private AbiProbe() {
    }

    private static Map<String, Long> output;

    /**
     * The probe's {@code key=value} lines, compiled and run once per JVM. Skips the calling test (each test
     * calls this, so every skipped test carries the reason) when gcc or the headers are missing.
     */
    static synchronized Map<String, Long> run() throws IOException, InterruptedException {
        Optional<Path> gcc = onPath("gcc");
        Assumptions.assumeTrue(gcc.isPresent(),
                "gcc is not on the PATH: install gcc and libc6-dev to run the ABI conformance test (.ci/run does)");
        Assumptions.assumeTrue(Files.isReadable(VFIO_HEADER),
                VFIO_HEADER + " is missing: install linux-libc-dev to run the ABI conformance test (.ci/run does)");
        if (output == null) {
            output = compileAndRun(gcc.get());
        }
        return output;
    }

    private static Map<String, Long> compileAndRun(Path gcc) throws IOException, InterruptedException {
        assertTrue(Files.isReadable(SOURCE), "probe source missing: " + SOURCE);
        Files.createDirectories(OUTPUT_DIR);
        Path executable = OUTPUT_DIR.resolve("abi_probe");
        String compileOutput = exec(List.of(gcc.toString(), "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-o",
                executable.toString(), SOURCE.toString()), "compiling " + SOURCE);
        assertEquals("", compileOutput.strip(), "gcc warnings for the probe");
        return parse(exec(List.of(executable.toString()), "running the probe"));
    }

    private static String exec(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), what + " did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), what + " failed:\n" + text);
        return text;
    }

    static Map<String, Long> parse(String output) {
        Map<String, Long> values = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "probe line without key=value: " + line);
            Long previous = values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
            assertEquals(null, previous, "probe printed " + line.substring(0, eq) + " twice");
        }
        return values;
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir).resolve(tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
