package dev.jvmwait.quarkus.virtual;

import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.UserLookups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Where /virtual/api waits for its data: the shared blocking seam, whose sleep unmounts the virtual
 * thread. A JDBC repository could take its place and no handler would change.
 */
public class Lookups {

    @Produces
    @ApplicationScoped
    UserLookups userLookups() {
        return new SleepingUserLookups();
    }
}
