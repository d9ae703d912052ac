package dev.jvmwait.mvc;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Mixed;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CPU-bound work, alone and after an I/O wait. */
@RestController
public class ComputeController {

    private final UserLookups lookups;
    private final CpuOffload cpu;

    public ComputeController(UserLookups lookups, CpuOffload cpu) {
        this.lookups = lookups;
        this.cpu = cpu;
    }

    @GetMapping("/api/compute/fibonacci/{n}")
    public Fibonacci fibonacci(@PathVariable String n) {
        return cpu.fibonacci(Params.fibonacciN(n));
    }

    @GetMapping("/api/mixed/{id}")
    public Mixed mixed(@PathVariable String id, @RequestParam(required = false) String delayMs,
                       @RequestParam(required = false) String n) {
        long userId = Params.userId(id);
        int fibonacciN = Params.fibonacciN(n, Fibonacci.DEFAULT_MIXED_N);
        User user = lookups.user(userId, Params.delay(delayMs));
        return new Mixed(user, cpu.fibonacci(fibonacciN));
    }
}
