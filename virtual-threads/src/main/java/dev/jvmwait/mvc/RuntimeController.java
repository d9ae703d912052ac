package dev.jvmwait.mvc;

import dev.jvmwait.domain.Backend;
import dev.jvmwait.domain.RuntimeReport;
import dev.jvmwait.domain.ThreadReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which thread runs the handlers, and what this target runs on. */
@RestController
public class RuntimeController {

    private final String target;
    private final Backend backend;

    public RuntimeController(@Value("${app.target}") String target, Backend backend) {
        this.target = target;
        this.backend = backend;
    }

    @GetMapping("/api/thread")
    public ThreadReport thread() {
        return ThreadReport.current(false);
    }

    @GetMapping("/api/runtime")
    public RuntimeReport runtime() {
        return RuntimeReport.of(target, "Spring Boot " + SpringBootVersion.getVersion(), backend);
    }
}
