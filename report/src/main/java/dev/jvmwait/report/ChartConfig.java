package dev.jvmwait.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration, as the records Jackson writes into report.html for {@code new Chart(canvas, config)}:
 * only what these charts use; a {@code null} component is left out.
 */
record ChartConfig(String type, Data data, Options options) {

    record Data(List<String> labels, List<Dataset<?>> datasets) {
    }

    /**
     * One series: {@code data} holds {@link Point}s on a line chart, one value per label on a bar chart.
     *
     * @param backgroundColor one colour for the whole series, or one per bar
     */
    record Dataset<T>(String type, String label, List<T> data, String borderColor,
                      @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) List<String> backgroundColor,
                      List<Integer> borderDash, Integer borderWidth, Integer pointRadius, Double tension,
                      String pointStyle, Boolean showLine, String yAxisID, Integer order) {
    }

    record Point(double x, double y) {
    }

    record Options(boolean animation, boolean responsive, boolean maintainAspectRatio, Interaction interaction,
                   Plugins plugins, Map<String, Axis> scales) {
    }

    record Interaction(String mode, boolean intersect) {
    }

    record Plugins(Title title, Legend legend) {
    }

    record Title(boolean display, String text) {
    }

    record Legend(String position) {
    }

    record Axis(String type, String position, Title title, Boolean beginAtZero, Grid grid) {
    }

    record Grid(boolean drawOnChartArea) {
    }
}
