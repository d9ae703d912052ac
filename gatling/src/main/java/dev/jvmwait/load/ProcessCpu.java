package dev.jvmwait.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time of one process from {@code /proc}: all of it, and the part its JIT compiler threads used
 * (HotSpot names them {@code C1 CompilerThread<n>} and {@code C2 CompilerThread<n>}). A window in which the
 * compilers were busy measured the JIT, not the code it was compiling.
 */
public final class ProcessCpu {

    private static final long TICK_US = 10_000; // USER_HZ is 100 on every Linux the JDK runs on
    private static final String COMPILER_THREAD = "CompilerThre"; // comm keeps the first 15 characters of the name

    private final Path dir;
    /** Each thread seen so far: its last CPU time if it is a compiler thread, else -1; an ended thread keeps its last. */
    private final Map<String, Long> compilerCpuUs = new HashMap<>();

    public ProcessCpu(long pid) {
        this.dir = Path.of("/proc", Long.toString(pid));
    }

    /** This JVM. */
    public static ProcessCpu self() {
        return new ProcessCpu(ProcessHandle.current().pid());
    }

    public Path dir() {
        return dir;
    }

    /** utime + stime of the whole process, in microseconds; -1 if it cannot be read (the process has gone). */
    public long cpuUs() {
        return cpuUs(dir.resolve("stat"));
    }

    /**
     * utime + stime of its JIT compiler threads, ended ones included, in microseconds; -1 if the process has gone.
     * A thread's name is read once, when it is first seen; only the compiler threads' stat files are read after.
     */
    public synchronized long jitCpuUs() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                Long known = compilerCpuUs.get(tid);
                if (known == null) {
                    known = isCompiler(task) ? 0L : -1L;
                    compilerCpuUs.put(tid, known);
                }
                if (known >= 0) {
                    long cpu = cpuUs(task.resolve("stat"));
                    if (cpu >= 0) {
                        compilerCpuUs.put(tid, cpu);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return compilerCpuUs.values().stream().filter(cpu -> cpu > 0).mapToLong(Long::longValue).sum();
    }

    private static boolean isCompiler(Path task) {
        try {
            return Files.readString(task.resolve("comm")).contains(COMPILER_THREAD);
        } catch (IOException e) {
            return false;
        }
    }

    /** How many cores the scheduler may run its main thread on ({@code Cpus_allowed_list}); -1 if the process has gone. */
    public int allowedCores() {
        String list = allowedList();
        return list == null ? -1 : coresIn(list);
    }

    /** The cores the scheduler may run its main thread on, as {@code Cpus_allowed_list} names them; null if gone. */
    String allowedList() {
        try {
            return Files.readAllLines(dir.resolve("status")).stream().filter(line -> line.startsWith("Cpus_allowed_list:"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The thread ids of its JIT compiler threads now; none if the process has gone. */
    synchronized List<String> compilerThreadIds() {
        jitCpuUs(); // names any thread not seen yet
        return compilerCpuUs.entrySet().stream().filter(thread -> thread.getValue() >= 0)
                .filter(thread -> Files.exists(dir.resolve("task").resolve(thread.getKey()))).map(Map.Entry::getKey).toList();
    }

    /** The cores a CPU list names: {@code 0}, {@code 0-3}, {@code 0,2-3}. */
    static int coresIn(String list) {
        int cores = 0;
        for (String range : list.split(",")) {
            int dash = range.indexOf('-');
            cores += dash < 0 ? 1 : Integer.parseInt(range.substring(dash + 1)) - Integer.parseInt(range.substring(0, dash)) + 1;
        }
        return cores;
    }

    /** utime + stime of a {@code /proc/.../stat}, in microseconds; -1 if unreadable. */
    static long cpuUs(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of stat), so utime (14) and stime (15) are at 11 and 12
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_US;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
