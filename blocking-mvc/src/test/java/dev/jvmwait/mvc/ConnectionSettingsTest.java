package dev.jvmwait.mvc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jvmwait.mvc.support.SettingsController;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Both Spring services run Tomcat with the same connection settings (spring-support's jvmwait-tomcat.properties), and report them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionSettingsTest {

    @Autowired
    SettingsController settings;

    @Test
    void tomcatRunsWithTheSharedConnectionSettings() {
        Map<String, Object> running = settings.settings();

        assertEquals(4096, running.get("tomcat accept count"));
        assertEquals(-1, running.get("tomcat max keep-alive requests"));
        assertEquals(-1, running.get("tomcat processor cache"));
    }
}
