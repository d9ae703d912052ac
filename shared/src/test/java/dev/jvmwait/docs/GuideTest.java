package dev.jvmwait.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/guide.md true to the source: the code block after each link to a named region
 * ({@code UserController.java#user}: a method, field or class; a key of a properties file) is exactly
 * that region of that file, wherever it moves; and every relative link points at something in the repository.
 */
class GuideTest {

    private static final Path GUIDE_IN_REPOSITORY = Path.of("docs", "guide.md");

    @TestFactory
    Stream<DynamicTest> everyQuotedSnippetIsTheRegionItsLinkNames() {
        Guide guide = Guide.read(guidePath());
        return guide.links().stream()
                .filter(Link::namesRegion)
                .map(link -> DynamicTest.dynamicTest(link.describe(), () -> assertNoProblems(guide.snippetProblems(link))));
    }

    @TestFactory
    Stream<DynamicTest> everyRelativeLinkResolvesInsideTheRepository() {
        Guide guide = Guide.read(guidePath());
        return guide.links().stream()
                .filter(Link::isRelative)
                .map(link -> DynamicTest.dynamicTest(link.describe(), () -> assertNoProblems(guide.targetProblems(link))));
    }

    @Test
    void theGuideQuotesEveryModuleItWalksThrough() {
        Guide guide = Guide.read(guidePath());
        Set<String> quoted = new TreeSet<>();
        for (Link link : guide.links()) {
            if (link.namesRegion()) {
                Path file = guide.repository().relativize(guide.resolve(link));
                quoted.add(file.getName(0).toString());
            }
        }
        for (String module : List.of("shared", "blocking-mvc", "virtual-threads", "reactive-quarkus")) {
            assertTrue(quoted.contains(module), "the guide quotes no code of " + module + "; it quotes " + quoted);
        }
    }

    @Test
    void aSnippetThatIsItsMethodPasses(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` › `b`](../src/A.java#b)\n\n```java\n@Deprecated\nint b() {\n    a();\n    return limit;\n}\n```\n");
        assertEquals(List.of(), guide.snippetProblems(guide.links().getFirst()));
    }

    @Test
    void aFieldAndAPropertyWithItsCommentAreRegionsToo(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, """
                [`A.java` › `limit`](../src/A.java#limit)
                ```java
                private final int limit = 3;
                ```
                [`a.properties` › `pool.size`](../src/a.properties#pool.size)
                ```properties
                # why it is this size
                pool.size=4
                ```
                """);
        assertEquals(List.of(), guide.snippetProblems(guide.links().get(0)));
        assertEquals(List.of(), guide.snippetProblems(guide.links().get(1)));
    }

    @Test
    void aCallIsNoDeclarationNotEvenAfterAnArrowAndAnEnclosingBraceIsNoPartOfTheRegion(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` › `a`](../src/A.java#a)\n```java\nint a() { return 1; }\n```\n");
        assertEquals(List.of(), guide.snippetProblems(guide.links().getFirst()));
    }

    @Test
    void aSnippetThatNoLongerMatchesItsMethodIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` › `b`](../src/A.java#b)\n```java\nint b() {\n    return 2;\n}\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "differs from `b`");
    }

    @Test
    void aRegionThatIsGoneIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` › `c`](../src/A.java#c)\n```java\nint c() {\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "no `c` in src/A.java");
    }

    @Test
    void aLabelThatDoesNotNameItsRegionIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` › `a`](../src/A.java#b)\n```java\nint b() {\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "the label does not name `b`");
    }

    @Test
    void aRegionLinkWithoutACodeBlockIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "See [`A.java` › `b`](../src/A.java#b) for more.\n\nNo code here.\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "no fenced code block");
    }

    @Test
    void aMissingFileAndALinkOutOfTheRepositoryAreCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[gone](../src/B.java) and [outside](../../elsewhere/README.md)\n");
        assertProblem(guide.targetProblems(guide.links().get(0)), "does not exist");
        assertProblem(guide.targetProblems(guide.links().get(1)), "outside the repository");
    }

    @Test
    void linksInsideCodeBlocksAreNotLinks(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "```markdown\n[gone](../src/B.java)\n```\n");
        assertEquals(List.of(), guide.links());
    }

    // ------------------------------------------------------------------------------------------

    /** docs/guide.md of this repository, found from the working directory (the module's, or the root's). */
    private static Path guidePath() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path guide = candidate.resolve(GUIDE_IN_REPOSITORY);
            if (Files.isRegularFile(guide) && Files.isDirectory(candidate.resolve("shared"))) {
                return guide;
            }
        }
        return fail("no " + GUIDE_IN_REPOSITORY + " in " + dir + " or any folder above it");
    }

    /** A repository holding src/A.java, src/a.properties and a docs/guide.md with the given text. */
    private static Guide fakeRepository(Path repository, String guideText) throws IOException {
        Files.createDirectories(repository.resolve("src"));
        Files.createDirectories(repository.resolve("shared"));
        Files.writeString(repository.resolve("src/A.java"), """
                class A {
                    private final int limit = 3;

                    @Deprecated
                    int b() {
                        a();
                        return limit;
                    }

                    int pick(boolean one) {
                        return switch (one) {
                            case true -> a();
                            default -> 2;
                        };
                    }

                    int a() { return 1; }
                }
                """);
        Files.writeString(repository.resolve("src/a.properties"), "# not this\n\n# why it is this size\npool.size=4\nother=1\n");
        Path guide = repository.resolve(GUIDE_IN_REPOSITORY);
        Files.createDirectories(guide.getParent());
        Files.writeString(guide, guideText);
        return Guide.read(guide);
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                "expected a problem saying \"" + expected + "\", got " + problems);
    }

    /** A Markdown link of the guide: where it is, what it says and where it points. */
    record Link(int line, String label, String target) {

        boolean isRelative() {
            return !target.startsWith("#") && !target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        }

        String path() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        /** The region a link quotes: {@code UserController.java#user} names the member {@code user}. */
        Optional<String> region() {
            int hash = target.indexOf('#');
            return hash < 0 || !isRelative() || path().endsWith(".md") ? Optional.empty() : Optional.of(target.substring(hash + 1));
        }

        boolean namesRegion() {
            return region().isPresent();
        }

        String describe() {
            return "guide.md:" + line + " " + target;
        }
    }

    /** The guide read once: its lines, and its links outside code blocks. */
    record Guide(Path file, List<String> lines, List<Link> links) {

        private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
        private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");
        private static final Map<String, String> LANGUAGES = Map.of(
                "java", "java", "kt", "kotlin", "properties", "properties", "xml", "xml", "sh", "bash", "md", "markdown");

        static Guide read(Path file) {
            List<String> lines = readLines(file);
            List<Link> links = new ArrayList<>();
            String openFence = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher fence = FENCE.matcher(line);
                if (openFence == null && fence.matches()) {
                    openFence = fence.group(1);
                } else if (openFence != null) {
                    if (fence.matches() && fence.group(2).isEmpty() && closes(fence.group(1), openFence)) {
                        openFence = null;
                    }
                } else {
                    Matcher link = LINK.matcher(line);
                    while (link.find()) {
                        links.add(new Link(i + 1, link.group(1), link.group(2)));
                    }
                }
            }
            return new Guide(file, lines, List.copyOf(links));
        }

        Path repository() {
            return file.toAbsolutePath().getParent().getParent().normalize();
        }

        Path resolve(Link link) {
            return file.toAbsolutePath().getParent().resolve(link.path()).normalize();
        }

        List<String> targetProblems(Link link) {
            Path target = resolve(link);
            if (!target.startsWith(repository())) {
                return List.of(link.describe() + ": points outside the repository, to " + target);
            }
            if (!Files.exists(target)) {
                return List.of(link.describe() + ": " + repository().relativize(target) + " does not exist");
            }
            return List.of();
        }

        List<String> snippetProblems(Link link) {
            List<String> problems = new ArrayList<>(targetProblems(link));
            if (!problems.isEmpty()) {
                return problems;
            }
            Path source = resolve(link);
            if (!Files.isRegularFile(source)) {
                return List.of(link.describe() + ": names a region of something that is not a file");
            }
            String name = link.region().orElseThrow();
            Optional<List<String>> region = Region.of(readLines(source), name, source.toString().endsWith(".properties"));
            if (region.isEmpty()) {
                return List.of(link.describe() + ": there is no `" + name + "` in " + repository().relativize(source));
            }
            if (!link.label().contains(name)) {
                problems.add(link.describe() + ": the label does not name `" + name + "`: " + link.label());
            }
            if (isFollowedByAnotherLink(link)) {
                problems.add(link.describe() + ": another link follows on the same line, so the code block is not this link's");
            }
            Optional<CodeBlock> block = codeBlockAfter(link.line());
            if (block.isEmpty()) {
                problems.add(link.describe() + ": no fenced code block right after the link");
                return problems;
            }
            String extension = source.getFileName().toString().replaceAll("^.*\\.", "");
            String language = LANGUAGES.get(extension);
            if (language != null && !language.equals(block.get().language())) {
                problems.add(link.describe() + ": the code block is marked '" + block.get().language() + "', the file is " + language);
            }
            List<String> expected = normalized(region.get());
            List<String> quoted = normalized(block.get().lines());
            if (!expected.equals(quoted)) {
                problems.add(link.describe() + ": the code block at guide.md:" + block.get().line()
                        + " differs from `" + name + "` in " + repository().relativize(source)
                        + "\n--- the file says:\n" + String.join("\n", expected)
                        + "\n--- the guide quotes:\n" + String.join("\n", quoted));
            }
            return problems;
        }

        private boolean isFollowedByAnotherLink(Link link) {
            String line = lines.get(link.line() - 1);
            int end = line.indexOf("(" + link.target() + ")") + link.target().length() + 2;
            return LINK.matcher(line.substring(end)).find();
        }

        /** The fenced block that starts on the next non-blank line after {@code linkLine}, if one does. */
        private Optional<CodeBlock> codeBlockAfter(int linkLine) {
            int i = linkLine;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            if (i >= lines.size()) {
                return Optional.empty();
            }
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                return Optional.empty();
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher close = FENCE.matcher(lines.get(j));
                if (close.matches() && close.group(2).isEmpty() && closes(close.group(1), open.group(1))) {
                    return Optional.of(new CodeBlock(i + 1, open.group(2).toLowerCase(Locale.ROOT), lines.subList(i + 1, j)));
                }
            }
            return Optional.empty();
        }

        private static boolean closes(String fence, String opening) {
            return fence.charAt(0) == opening.charAt(0) && fence.length() >= opening.length();
        }

        /** Trailing whitespace and the indentation common to every non-blank line removed. */
        static List<String> normalized(List<String> lines) {
            List<String> trimmed = lines.stream().map(String::stripTrailing).toList();
            int common = trimmed.stream().filter(line -> !line.isEmpty())
                    .mapToInt(line -> line.length() - line.stripLeading().length())
                    .min().orElse(0);
            return trimmed.stream().map(line -> line.isEmpty() ? line : line.substring(common)).toList();
        }

        private static List<String> readLines(Path file) {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fenced code block: the guide line of its opening fence, its language, and its lines. */
    record CodeBlock(int line, String language, List<String> lines) {
    }

    /**
     * A named region of a source file, found the way a reader finds it: in code, the declaration of
     * that name (a method, field, class or Kotlin function) with its annotations, down to the line
     * where its indentation closes; in a properties file, the key with the comment lines above it.
     */
    static final class Region {

        private static final Pattern NOT_A_DECLARATION = Pattern.compile("^(return|yield|throw|//|\\*|/\\*)\\b?.*");

        static Optional<List<String>> of(List<String> lines, String name, boolean properties) {
            return properties ? property(lines, name) : declaration(lines, name);
        }

        private static Optional<List<String>> property(List<String> lines, String key) {
            Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*");
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches()) {
                    int start = i;
                    while (start > 0 && lines.get(start - 1).stripLeading().startsWith("#")) {
                        start--;
                    }
                    return Optional.of(lines.subList(start, i + 1));
                }
            }
            return Optional.empty();
        }

        private static Optional<List<String>> declaration(List<String> lines, String name) {
            // A type, a modifier or a keyword stands before a declared name; a call such as "sleep(delay);" has none.
            Pattern declared = Pattern.compile("^[^=(]*(?:[\\w\\]?]|(?<!-)>)\\s+" + Pattern.quote(name) + "\\b\\s*[(<:={;].*");
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).strip();
                if (!NOT_A_DECLARATION.matcher(text).matches() && !text.startsWith("@") && declared.matcher(text).matches()) {
                    int start = i;
                    while (start > 0 && lines.get(start - 1).strip().startsWith("@")) {
                        start--;
                    }
                    return Optional.of(lines.subList(start, end(lines, i) + 1));
                }
            }
            return Optional.empty();
        }

        /** The last line of the declaration at {@code first}: before the next line indented no deeper, or that closing line. */
        private static int end(List<String> lines, int first) {
            int indent = indentation(lines.get(first));
            for (int j = first + 1; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isBlank()) {
                    continue;
                }
                if (indentation(line) <= indent) {
                    String text = line.strip();
                    // its own closing brace is at its own indentation; one further out closes what encloses it
                    boolean closes = indentation(line) == indent && (text.startsWith("}") || text.startsWith(")"));
                    int last = closes ? j : j - 1;
                    while (last > first && lines.get(last).isBlank()) {
                        last--;
                    }
                    return last;
                }
            }
            return first;
        }

        private static int indentation(String line) {
            return line.length() - line.stripLeading().length();
        }
    }
}
