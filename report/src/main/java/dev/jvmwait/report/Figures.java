package dev.jvmwait.report;

import java.util.Locale;

/** Numbers as a person reads them: 9,412 rps, 118 ms, 0.94. */
final class Figures {
    private Figures() {
    }

    static String num(Double value) {
        if (value == null) {
            return "–";
        }
        double v = value;
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.US, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.US, "%.1f", v).replaceAll("\\.0$", "");
        }
        return String.format(Locale.US, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    static String ms(Double value) {
        return value == null ? "–" : num(value) + " ms";
    }

    static String rps(Double value) {
        return value == null ? "–" : num(value) + " rps";
    }

    static String ratio(Double value) {
        return value == null ? "–" : String.format(Locale.US, "%.2f", value);
    }

    static String pct(double share) {
        return String.format(Locale.US, "%.0f%%", share * 100);
    }

    /** One decimal, for a share judged against a limit of a few percent (0.6% against 1%). */
    static String pct1(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    static String times(double factor) {
        return String.format(Locale.US, "%.1f×", factor);
    }

    /** Two decimals, for a ratio judged against a limit close to it (1.50× against 1.5). */
    static String times2(double factor) {
        return String.format(Locale.US, "%.2f×", factor);
    }

    static String users(Double value) {
        return integer(value) + (value != null && value == 1 ? " user" : " users");
    }

    static String integer(Double value) {
        return value == null ? "–" : String.format(Locale.US, "%,.0f", value);
    }
}
