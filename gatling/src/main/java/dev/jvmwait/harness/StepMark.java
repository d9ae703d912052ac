package dev.jvmwait.harness;

/**
 * What a simulation wrote when a step started (see {@code dev.jvmwait.load.StepClock}): the step's
 * load and its measured window, epoch milliseconds.
 */
record StepMark(String label, String users, String rate, String delayMs, String n, String idealRps,
                boolean probe, long measureStartMs, long measureEndMs, long startMs) {

    static StepMark parse(String line) {
        String[] f = line.split(",", -1);
        return new StepMark(f[0], f[1], f[2], f[3], f[4], f[5], Boolean.parseBoolean(f[6]), Long.parseLong(f[7]),
                Long.parseLong(f[8]), Long.parseLong(f[9]));
    }

    double measureSeconds() {
        return (measureEndMs - measureStartMs) / 1000.0;
    }
}
