package dev.jvmwait.quarkus.support;

import dev.jvmwait.domain.CpuPool;

/** A style's CPU offload as /internal/settings lists it: each style's CpuOffload is one. */
public interface OffloadPool {

    /** The style's path prefix, such as /api. */
    String prefix();

    CpuPool pool();
}
