package dev.jvmwait.mvc;

import dev.jvmwait.domain.NewPost;
import dev.jvmwait.domain.Params;
import dev.jvmwait.domain.PostStore;
import dev.jvmwait.domain.StoredPost;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating and reading posts, kept in memory. */
@RestController
@RequestMapping("/api/posts")
public class PostController {

    private final PostStore posts;

    public PostController(PostStore posts) {
        this.posts = posts;
    }

    /** Spring's Jackson reads the body into plain values; the domain checks them field by field. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<StoredPost> create(@RequestBody Object body) {
        StoredPost post = posts.save(NewPost.fromJson(body));
        return ResponseEntity.created(URI.create(PostStore.location(post))).body(post);
    }

    @GetMapping("/{id}")
    public StoredPost post(@PathVariable String id) {
        return posts.get(Params.postId(id));
    }
}
