package dev.jvmwait.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data of API.md, checked against values worked out by hand rather than against its formula. */
class UserDirectoryTest {

    @Test
    void userIsNamedAndMailedAfterItsId() {
        assertEquals(new User(42, "User 42", "user42@example.com"), UserDirectory.user(42));
    }

    @ParameterizedTest
    @CsvSource({"1, 7919", "2, 5831", "7, 5398", "42, 2367", "1000000, 578"})
    void profileHasItsBioAndAFollowerCountBelowTenThousandAndSeven(long id, long followers) {
        assertEquals(new Profile(id, "Bio of user " + id, followers), UserDirectory.profile(id));
    }

    @Test
    void postsAreThreeNumberedAfterTheirUser() {
        assertEquals(List.of(
                new Post(421, 42, "Post 1 of user 42"),
                new Post(422, 42, "Post 2 of user 42"),
                new Post(423, 42, "Post 3 of user 42")), UserDirectory.posts(42));
    }
}
