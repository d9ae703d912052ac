package dev.jvmwait.mvc;

import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.SleepingUserLookups;
import dev.jvmwait.domain.UserLookups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring MVC service on Tomcat; application.properties says which threads run its requests. */
@SpringBootApplication
public class MvcApplication {

    /** The seam where handlers wait: a sleep now, a JDBC repository or an HTTP client later. */
    @Bean
    UserLookups userLookups() {
        return new SleepingUserLookups();
    }

    @Bean
    PostStore postStore() {
        return new PostStore();
    }

    public static void main(String[] args) {
        SpringApplication.run(MvcApplication.class, args);
    }
}
