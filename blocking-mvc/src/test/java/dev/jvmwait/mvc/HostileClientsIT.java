package dev.jvmwait.mvc;

import dev.jvmwait.contract.HostileClientsContract;
import java.nio.file.Path;

/** The packaged jar against misbehaving clients: Tomcat's limits and timeouts, as jvmwait-tomcat.properties sets them. */
class HostileClientsIT extends HostileClientsContract {

    @Override
    protected Path artifact() {
        return Path.of(System.getProperty("packaged.jar"));
    }
}
