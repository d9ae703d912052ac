package dev.jvmwait.mvc;

import dev.jvmwait.contract.PackagedServiceContract;
import java.nio.file.Path;

/** The packaged jar, started with {@code java -jar}: the pom's failsafe names it in {@code packaged.jar}. */
class PackagedServiceIT extends PackagedServiceContract {

    @Override
    protected Path artifact() {
        return Path.of(System.getProperty("packaged.jar"));
    }
}
