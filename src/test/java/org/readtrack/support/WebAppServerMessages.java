package org.readtrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's problem messages that the web app can show in the reader's language: the keys of
 * {@code frontend/src/locales/en/server.json}, matched the way {@code frontend/src/api/serverMessages.ts} matches
 * them (a key whole, or a key with {@code {{name}}} placeholders; a {@code {{message}}} placeholder holds other
 * known messages, and several messages may follow one another, each ending a sentence). A message no key fits is
 * shown in English to a French reader.
 */
public final class WebAppServerMessages {

    private static final Path KEYS = Path.of("frontend", "src", "locales", "en", "server.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)\\}\\}");
    private static final String NESTED = "message";
    private static final WebAppServerMessages INSTANCE = load();

    private record Template(Pattern pattern, List<String> names) {
    }

    private final Set<String> exact;
    private final List<Template> templates;

    private WebAppServerMessages(Set<String> exact, List<Template> templates) {
        this.exact = exact;
        this.templates = templates;
    }

    public static WebAppServerMessages get() {
        return INSTANCE;
    }

    /** Whether the web app can put this message, as the server wrote it, into the reader's language. */
    public boolean knows(String message) {
        return several(message);
    }

    private boolean several(String text) {
        if (one(text)) {
            return true;
        }
        for (int cut = text.indexOf(' '); cut > 0; cut = text.indexOf(' ', cut + 1)) {
            if (".?!".indexOf(text.charAt(cut - 1)) >= 0 && one(text.substring(0, cut))
                    && several(text.substring(cut + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean one(String text) {
        if (exact.contains(text)) {
            return true;
        }
        for (Template template : templates) {
            Matcher match = template.pattern().matcher(text);
            if (match.matches() && nestedKnown(template, match)) {
                return true;
            }
        }
        return false;
    }

    private boolean nestedKnown(Template template, Matcher match) {
        for (int index = 0; index < template.names().size(); index++) {
            if (template.names().get(index).equals(NESTED) && !several(match.group(index + 1))) {
                return false;
            }
        }
        return true;
    }

    private static WebAppServerMessages load() {
        JsonNode keys;
        try {
            keys = JsonMapper.builder().build().readTree(Files.readString(KEYS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> exact = keys.propertyNames().stream().filter(key -> !key.contains("{{"))
                .collect(Collectors.toSet());
        // the most literal text first, as the web app tries them: `content {{field}}: …` before `{{field}}: …`
        List<Template> templates = keys.propertyNames().stream().filter(key -> key.contains("{{"))
                .sorted(Comparator.comparingInt(WebAppServerMessages::literalLength).reversed())
                .map(WebAppServerMessages::compile)
                .toList();
        return new WebAppServerMessages(exact, templates);
    }

    private static int literalLength(String key) {
        return PLACEHOLDER.matcher(key).replaceAll("").length();
    }

    private static Template compile(String key) {
        List<String> names = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(key);
        int literalStart = 0;
        while (placeholder.find()) {
            pattern.append(Pattern.quote(key.substring(literalStart, placeholder.start()))).append("(.*?)");
            names.add(placeholder.group(1));
            literalStart = placeholder.end();
        }
        pattern.append(Pattern.quote(key.substring(literalStart)));
        return new Template(Pattern.compile(pattern.toString(), Pattern.DOTALL), names);
    }
}
