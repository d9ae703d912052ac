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
 * Keeps docs/guide.md true to the source: the code block after each {@code #Lx-Ly} link is exactly
 * those lines of that file, and every relative link points at something in the repository.
 */
class GuideTest {

    private static final Path GUIDE_IN_REPOSITORY = Path.of("docs", "guide.md");

    @TestFactory
    Stream<DynamicTest> everyQuotedSnippetIsTheLinesItsLinkNames() {
        Guide guide = Guide.read(guidePath());
        return guide.links().stream()
                .filter(Link::namesLines)
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
            if (link.namesLines()) {
                Path file = guide.repository().relativize(guide.resolve(link));
                quoted.add(file.getName(0).toString());
            }
        }
        for (String module : List.of("shared", "blocking-mvc", "virtual-threads", "reactive-quarkus")) {
            assertTrue(quoted.contains(module), "the guide quotes no lines of " + module + "; it quotes " + quoted);
        }
    }

    @Test
    void aSnippetThatMatchesItsLinesPasses(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` L3–L4](../src/A.java#L3-L4)\n\n```java\nint b() {\n    return 2;\n```\n");
        assertEquals(List.of(), guide.snippetProblems(guide.links().getFirst()));
    }

    @Test
    void aShiftedLineRangeIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` L2–L3](../src/A.java#L2-L3)\n```java\nint b() {\n    return 2;\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "differs from lines 2–3");
    }

    @Test
    void aLabelThatDisagreesWithItsAnchorIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` L3–L5](../src/A.java#L3-L4)\n```java\nint b() {\n    return 2;\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "the label says L3–L5");
    }

    @Test
    void aLineLinkWithoutACodeBlockIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "See [`A.java` L3](../src/A.java#L3) for more.\n\nNo code here.\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "no fenced code block");
    }

    @Test
    void aRangePastTheEndOfTheFileIsCaught(@TempDir Path repository) throws IOException {
        Guide guide = fakeRepository(repository, "[`A.java` L5–L9](../src/A.java#L5-L9)\n```java\n}\n```\n");
        assertProblem(guide.snippetProblems(guide.links().getFirst()), "has 6 lines");
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

    /** A repository holding src/A.java (six lines) and a docs/guide.md with the given text. */
    private static Guide fakeRepository(Path repository, String guideText) throws IOException {
        Files.createDirectories(repository.resolve("src"));
        Files.createDirectories(repository.resolve("shared"));
        Files.writeString(repository.resolve("src/A.java"), "class A {\n    int a() { return 1; }\n    int b() {\n        return 2;\n    }\n}\n");
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

        private static final Pattern LINES = Pattern.compile("L(\\d+)(?:-L(\\d+))?");

        boolean isRelative() {
            return !target.startsWith("#") && !target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        }

        String path() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        Optional<String> fragment() {
            int hash = target.indexOf('#');
            return hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1));
        }

        boolean namesLines() {
            return isRelative() && fragment().map(f -> LINES.matcher(f).matches()).orElse(false);
        }

        int from() {
            Matcher range = LINES.matcher(fragment().orElseThrow());
            assertTrue(range.matches());
            return Integer.parseInt(range.group(1));
        }

        int to() {
            Matcher range = LINES.matcher(fragment().orElseThrow());
            assertTrue(range.matches());
            return range.group(2) == null ? from() : Integer.parseInt(range.group(2));
        }

        String describe() {
            return "guide.md:" + line + " " + target;
        }
    }

    /** The guide read once: its lines, and its links outside code blocks. */
    record Guide(Path file, List<String> lines, List<Link> links) {

        private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
        private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");
        private static final Pattern LABELLED_LINES = Pattern.compile("\\bL(\\d+)(?:\\s*[–-]\\s*L(\\d+))?");
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
                return List.of(link.describe() + ": names lines of something that is not a file");
            }
            List<String> sourceLines = readLines(source);
            int from = link.from();
            int to = link.to();
            if (from < 1 || to < from || to > sourceLines.size()) {
                return List.of(link.describe() + ": L" + from + "–L" + to + " is no range of a file that has " + sourceLines.size() + " lines");
            }
            labelledRange(link).filter(range -> range[0] != from || range[1] != to).ifPresent(range -> problems.add(
                    link.describe() + ": the label says L" + range[0] + (range[0] == range[1] ? "" : "–L" + range[1])
                            + " but the link names L" + from + (from == to ? "" : "–L" + to)));
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
            List<String> expected = normalized(sourceLines.subList(from - 1, to));
            List<String> quoted = normalized(block.get().lines());
            if (!expected.equals(quoted)) {
                problems.add(link.describe() + ": the code block at guide.md:" + block.get().line()
                        + " differs from lines " + from + "–" + to + " of " + repository().relativize(source)
                        + "\n--- the file says:\n" + String.join("\n", expected)
                        + "\n--- the guide quotes:\n" + String.join("\n", quoted));
            }
            return problems;
        }

        private static Optional<int[]> labelledRange(Link link) {
            Matcher labelled = LABELLED_LINES.matcher(link.label());
            if (!labelled.find()) {
                return Optional.empty();
            }
            int first = Integer.parseInt(labelled.group(1));
            int last = labelled.group(2) == null ? first : Integer.parseInt(labelled.group(2));
            return Optional.of(new int[] {first, last});
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
}
