package dev.jvmwait.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CPU time of processes and all their descendants: a backend that is more than one process (PostgreSQL runs a
 * process per connection under its postmaster, which its launcher's JVM does not own once {@code pg_ctl} has exited).
 * Each root counts its own time and its reaped children's ({@code cutime}, {@code cstime}); a live descendant counts
 * its own. Descendants are looked up in {@code /proc} at most once a second, so sampling stays cheap.
 */
public final class ProcessTreeCpu {

    private static final long TICK_US = 10_000; // USER_HZ is 100 on every Linux the JDK runs on
    private static final long RESCAN_MS = 1_000;

    private final List<Long> roots;
    private List<Long> descendants = List.of();
    private boolean scanned;
    private long scannedAtMs;

    public ProcessTreeCpu(List<Long> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Every root's and live descendant's CPU, in microseconds; -1 if no root can be read (they have gone). */
    public synchronized long cpuUs() {
        long now = System.currentTimeMillis();
        if (!scanned || now - scannedAtMs >= RESCAN_MS) {
            descendants = descendantsOf(roots);
            scanned = true;
            scannedAtMs = now;
        }
        long total = 0;
        boolean anyRoot = false;
        for (long root : roots) {
            long cpu = cpuUs(root, true);
            if (cpu >= 0) {
                total += cpu;
                anyRoot = true;
            }
        }
        for (long pid : descendants) {
            total += Math.max(0, cpuUs(pid, false));
        }
        return anyRoot ? total : -1;
    }

    /** utime + stime (and, for a root, its reaped children's) from {@code /proc/<pid>/stat}; -1 if unreadable. */
    private static long cpuUs(long pid, boolean withReapedChildren) {
        String[] fields = stat(pid);
        if (fields == null) {
            return -1;
        }
        // fields[0] is the state (field 3 of stat): utime, stime, cutime, cstime (14 to 17) are at 11 to 14
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks * TICK_US;
    }

    private static String[] stat(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every live process below the roots, by the parent pid each one's stat names (field 4). */
    private static List<Long> descendantsOf(List<Long> roots) {
        Map<Long, List<Long>> children = new HashMap<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : proc) {
                long pid = Long.parseLong(dir.getFileName().toString());
                String[] fields = stat(pid);
                if (fields != null) {
                    children.computeIfAbsent(Long.parseLong(fields[1]), k -> new ArrayList<>()).add(pid);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>(roots);
        List<Long> found = new ArrayList<>();
        List<Long> frontier = new ArrayList<>(roots);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (long parent : frontier) {
                for (long child : children.getOrDefault(parent, List.of())) {
                    if (seen.add(child)) {
                        found.add(child);
                        next.add(child);
                    }
                }
            }
            frontier = next;
        }
        return found;
    }
}
