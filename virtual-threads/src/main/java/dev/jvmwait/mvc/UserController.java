package dev.jvmwait.mvc;

import dev.jvmwait.domain.Dashboard;
import dev.jvmwait.domain.FanOutMode;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.User;
import dev.jvmwait.domain.UserLookups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One lookup, and the dashboard's three. */
@RestController
@RequestMapping("/api/users")
public class UserController {

    private final UserLookups lookups;
    private final Dashboards dashboards;

    public UserController(UserLookups lookups, Dashboards dashboards) {
        this.lookups = lookups;
        this.dashboards = dashboards;
    }

    @GetMapping("/{id}")
    public User user(@PathVariable String id, @RequestParam(required = false) String delayMs) {
        return lookups.user(Params.userId(id), Params.delay(delayMs));
    }

    @GetMapping("/{id}/dashboard")
    public Dashboard dashboard(@PathVariable String id, @RequestParam(required = false) String delayMs,
                               @RequestParam(required = false) String mode) {
        return dashboards.dashboard(Params.userId(id), Params.delay(delayMs), FanOutMode.parse(mode));
    }
}
