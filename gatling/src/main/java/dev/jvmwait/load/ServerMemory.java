package dev.jvmwait.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's memory, read from outside: its live heap through the JDK's own {@code jcmd} (a full GC,
 * {@code GC.run}, then {@code GC.heap_info}: what is left in use is what the server still holds), and its
 * resident memory from {@code /proc}. The server is the process {@code -DserverPid} names; without it (a target
 * started elsewhere) nothing is read.
 */
final class ServerMemory {

    /** {@code garbage-first heap   total reserved 1048576K, committed 1048576K, used 23456K [...]}. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    private final long pid;

    private ServerMemory(long pid) {
        this.pid = pid;
    }

    /** The server Measure named, or {@code null}. */
    static ServerMemory ofServer() {
        String pid = System.getProperty("serverPid");
        return pid == null || pid.isBlank() ? null : new ServerMemory(Long.parseLong(pid.trim()));
    }

    /** The heap in use after a full GC, in MiB; {@code null} if jcmd could not say. */
    Double liveHeapMb() {
        if (jcmd("GC.run") == null) {
            return null;
        }
        String info = jcmd("GC.heap_info");
        Matcher used = info == null ? null : HEAP_USED.matcher(info);
        return used != null && used.find() ? Long.parseLong(used.group(1)) / 1024.0 : null;
    }

    /** Resident memory now, in MiB; {@code null} if unreadable. */
    Double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return null;
    }

    /** What {@code jcmd <pid> <command>} printed, or {@code null} if it failed. */
    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
