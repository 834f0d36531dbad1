package vn.motcua.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import vn.motcua.support.Http;

/** The packaged jar (failsafe sets {@code motcua.jar}) started as a JVM of its own, for the durability ITs. */
final class PackagedApp {

    private PackagedApp() {
    }

    /**
     * Starts the jar in {@code workDir} (so the default H2 file database lands in {@code workDir/data}) and
     * returns once {@code /actuator/health} answers 200; the log goes to {@code workDir/logName}.
     */
    static Process start(Path workDir, String logName, int port, List<String> jvmOptions, List<String> arguments,
                         Map<String, String> environment, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        Path log = workDir.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            waitUntil(() -> process.isAlive() && healthy(port), timeout, logName + " start-up");
        } catch (AssertionError notStarted) {
            process.destroyForcibly();
            throw new AssertionError(notStarted.getMessage() + "\n" + Files.readString(log), notStarted);
        }
        return process;
    }

    static boolean healthy(int port) {
        try {
            return Http.anonymous(port).get("/actuator/health").status() == 200;
        } catch (IllegalStateException notListening) {
            return false;
        }
    }

    static void waitUntil(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jar() {
        String jar = System.getProperty("motcua.jar");
        assertThat(jar).as("system property motcua.jar (set by the failsafe configuration)").isNotBlank();
        return Path.of(jar).toAbsolutePath();
    }
}
