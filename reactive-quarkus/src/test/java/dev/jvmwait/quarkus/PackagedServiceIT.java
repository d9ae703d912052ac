package dev.jvmwait.quarkus;

import dev.jvmwait.contract.PackagedServiceContract;
import java.nio.file.Path;

/** The packaged fast-jar, started with java -jar, PORT and HOST, and stopped with SIGTERM. */
class PackagedServiceIT extends PackagedServiceContract {

    @Override
    protected Path artifact() {
        return Path.of("target", "quarkus-app", "quarkus-run.jar");
    }
}
