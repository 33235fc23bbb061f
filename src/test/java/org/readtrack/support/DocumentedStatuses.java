package org.readtrack.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.client.EntityExchangeResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the answers a test's client read whose status the OpenAPI document does not list for their operation (the
 * copy in {@code frontend/src/api/openapi.json}, which {@code WebAppSchemaTest} keeps equal to the served one).
 * Clients are generated from that document: a status it leaves out is one they were never told to handle. Requests
 * to no documented operation (an unknown path, a method the path does not take) are left to the tests of 404 and
 * 405.
 */
final class DocumentedStatuses implements Consumer<EntityExchangeResult<?>> {

    private static final Path DOCUMENT = Path.of("frontend", "src", "api", "openapi.json");
    private static final List<Operation> OPERATIONS = load();
    private static final int NOT_ACCEPTABLE = 406;

    /** A documented path, as a pattern of its requests, with the statuses each of its methods lists. */
    private record Operation(String path, Pattern pattern, int variables, JsonNode methods) {
    }

    private final Set<String> undocumented = new TreeSet<>();

    private static List<Operation> load() {
        JsonNode paths = JsonMapper.builder().build().readTree(DOCUMENT.toFile()).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : paths.properties()) {
            String template = path.getKey();
            String pattern = Pattern.quote(template).replaceAll("\\{\\w+}", "\\\\E[^/]+\\\\Q");
            int variables = template.split("\\{", -1).length - 1;
            operations.add(new Operation(template, Pattern.compile(pattern + "/?"), variables, path.getValue()));
        }
        // `/api/progress/history` before `/api/progress/{id}`: a path in words is meant where it matches
        operations.sort(Comparator.comparingInt(Operation::variables));
        return operations;
    }

    @Override
    public void accept(EntityExchangeResult<?> result) {
        check(result.getMethod().name(), result.getUrl().getRawPath(), result.getStatus().value());
    }

    /** Keeps the answer if its status is not one the document lists for the operation of the request. */
    synchronized void check(String method, String rawPath, int status) {
        if (status == NOT_ACCEPTABLE) {
            return;
        }
        String verb = method.toLowerCase(Locale.ROOT);
        for (Operation operation : OPERATIONS) {
            if (operation.pattern().matcher(rawPath).matches()) {
                JsonNode responses = operation.methods().path(verb).path("responses");
                String code = String.valueOf(status);
                if (!responses.isMissingNode() && !responses.has(code) && !responses.has("default")) {
                    undocumented.add(verb.toUpperCase(Locale.ROOT) + " " + operation.path() + " → " + code);
                }
                return;
            }
        }
    }

    /** The operations answered with a status their documentation does not list, with that status. */
    synchronized List<String> seen() {
        return List.copyOf(undocumented);
    }
}
