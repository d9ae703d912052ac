package dev.jvmwait.mvc;

import dev.jvmwait.domain.Fibonacci;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The classic mistakes, made on purpose in every style: a blocking sleep and CPU work on the handler's thread. */
@RestController
@RequestMapping("/api/mistakes")
public class MistakeController {

    @GetMapping("/blocking-call")
    public User blockingCall(@RequestParam(required = false) String delayMs) {
        // Holds a platform thread for the whole wait; a virtual thread parks and frees its carrier.
        SleepingUserLookups.sleep(Params.delay(delayMs));
        return UserDirectory.user(1);
    }

    @GetMapping("/cpu-in-handler/{n}")
    public Fibonacci cpuInHandler(@PathVariable String n) {
        // The kernel time-slices a platform thread; a virtual thread is not time-sliced and holds its carrier.
        return Fibonacci.compute(Params.fibonacciN(n));
    }
}
