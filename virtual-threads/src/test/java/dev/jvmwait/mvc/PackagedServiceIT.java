package dev.jvmwait.mvc;

import dev.jvmwait.contract.PackagedServiceContract;
import java.nio.file.Path;

class PackagedServiceIT extends PackagedServiceContract {

    @Override
    protected Path artifact() {
        return Path.of("target", "virtual-threads.jar");
    }
}
