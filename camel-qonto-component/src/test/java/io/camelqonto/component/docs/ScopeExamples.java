package io.camelqonto.component.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.component.QontoResource;

/**
 * The README's route per OAuth scope, read from the regions of {@link ScopeExamplesTest} that run them, so that the
 * README shows the code the test runs. A region is the lines between {@code // tag::<name>[]} and
 * {@code // end::<name>[]}: its leading comment lines are the sentence introducing the route, the rest is the route.
 * The scopes a region needs are those of the catalog rows its {@code qonto:} URIs run, so that they follow the catalog.
 */
final class ScopeExamples {

    static final Path SOURCE = Path.of("src/test/java/io/camelqonto/component/docs/ScopeExamplesTest.java");

    private static final Pattern START = Pattern.compile("^\\s*// tag::([\\w.-]+)\\[]\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*// ?(.*)$");
    private static final Pattern URI = Pattern.compile("(from\\(\\s*)?\"qonto:(\\w+)(\\?[^\"]*)?\"");
    private static final Pattern OPERATION = Pattern.compile("[?&]operation=(\\w+)");

    /** One region: its name, the sentence before the route, the route and the OAuth scopes its URIs need. */
    record Example(String name, String sentence, String code, List<String> scopes) {
    }

    private ScopeExamples() {
    }

    /** The regions of the test source, in source order. */
    static List<Example> read() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        Map<String, Example> examples = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (start.matches()) {
                String name = start.group(1);
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("// end::" + name + "[]")) {
                    end++;
                }
                if (end == lines.size()) {
                    throw new IllegalStateException(SOURCE + ": region " + name + " has no end::" + name + "[]");
                }
                if (examples.put(name, example(name, lines.subList(i + 1, end))) != null) {
                    throw new IllegalStateException(SOURCE + ": region " + name + " appears twice");
                }
                i = end;
            }
        }
        return List.copyOf(examples.values());
    }

    /** The region of that name. */
    static Example example(String name) throws IOException {
        return read().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(SOURCE + " has no region " + name));
    }

    /** The README section: each route as a Java block after its scopes and sentence. */
    static String markdown(List<Example> examples) {
        StringBuilder out = new StringBuilder();
        for (Example example : examples) {
            out.append("**").append(example.scopes().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
                    .append("**: ").append(example.sentence()).append("\n\n```java\n").append(example.code())
                    .append("```\n\n");
        }
        return out.toString();
    }

    private static Example example(String name, List<String> region) {
        int first = 0;
        List<String> sentence = new ArrayList<>();
        while (first < region.size() && COMMENT.matcher(region.get(first)).matches()) {
            Matcher comment = COMMENT.matcher(region.get(first++));
            comment.matches();
            sentence.add(comment.group(1).strip());
        }
        List<String> code = region.subList(first, region.size());
        if (sentence.isEmpty() || code.isEmpty()) {
            throw new IllegalStateException(SOURCE + ": region " + name
                                            + " needs comment lines (its sentence) followed by the route");
        }
        int indent = code.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        String text = code.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
        return new Example(name, String.join(" ", sentence), text, scopes(name, text));
    }

    private static List<String> scopes(String name, String code) {
        Set<String> scopes = new TreeSet<>();
        Matcher uri = URI.matcher(code);
        while (uri.find()) {
            QontoResource resource = QontoResource.fromPath(uri.group(2));
            QontoOperation operation = uri.group(1) != null ? resource.consumedOperation().orElseThrow(
                    () -> new IllegalStateException("region " + name + ": " + resource.name() + " cannot be consumed"))
                    : resource.operation(action(resource, uri.group(3)), "operation");
            if (operation.scope() != null) {
                scopes.add(operation.scope());
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalStateException(SOURCE + ": region " + name + " runs no qonto: operation with a scope");
        }
        return List.copyOf(scopes);
    }

    private static Action action(QontoResource resource, String query) {
        Matcher operation = OPERATION.matcher(query == null ? "" : query);
        return operation.find() ? Action.valueOf(operation.group(1)) : resource.defaultAction();
    }
}
