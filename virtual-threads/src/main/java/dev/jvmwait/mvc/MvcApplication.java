package dev.jvmwait.mvc;

import dev.jvmwait.domain.PostStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring MVC service on Tomcat; application.properties says which threads run its requests. */
@SpringBootApplication
public class MvcApplication {

    @Bean
    PostStore postStore() {
        return new PostStore();
    }

    public static void main(String[] args) {
        SpringApplication.run(MvcApplication.class, args);
    }
}
