package dev.jvmwait.report;

/** A lesson's verdict for one target, with the numbers that decided it. */
public record TargetVerdict(String target, Verdict verdict, String evidence) {
}
