package dev.jvmwait.quarkus;

import dev.jvmwait.contract.HostileClientsContract;
import java.nio.file.Path;

/** The packaged fast-jar against misbehaving clients: Vert.x's limits and idle timeout, as application.properties sets them. */
class HostileClientsIT extends HostileClientsContract {

    @Override
    protected Path artifact() {
        return Path.of("target", "quarkus-app", "quarkus-run.jar");
    }
}
