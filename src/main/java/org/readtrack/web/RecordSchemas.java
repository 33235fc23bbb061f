package org.readtrack.web;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What swagger-core leaves out of the schemas of the records on the wire, and a typed client needs to tell a missing
 * field from a null one:
 * <ul>
 * <li>a response has every property, as Jackson writes nulls too: all are required, bar those a
 * {@code @JsonInclude} leaves out;</li>
 * <li>a property that may be null says so: its record component's type is JSpecify's {@code @Nullable}, and on a
 * patch, where an empty {@code Optional} is an explicit JSON null, {@code Optional<@Nullable T>} marks a field null
 * clears (the other fields refuse it).</li>
 * </ul>
 * A schema counts as a response's when no request body or parameter uses it; one both use is left as it is.
 */
final class RecordSchemas implements OpenApiCustomizer {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final String basePackage;

    RecordSchemas(String basePackage) {
        this.basePackage = basePackage;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        // scanned here rather than at start-up: springdoc builds the document on its first request
        Map<String, List<Class<?>>> records = recordsIn(basePackage);
        Set<String> requests = usedByRequests(openApi, schemas);
        schemas.forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            Class<?> type = properties == null ? null : recordFor(records, name, properties.keySet());
            if (type == null) {
                return;
            }
            if (schema.getTypes() == null || schema.getTypes().isEmpty()) {
                // without it, null and any other value would pass for the record (swagger-core sets the type of
                // OpenAPI 3.0, which a 3.1 document does not write)
                schema.setTypes(Set.of("object"));
            }
            for (RecordComponent component : type.getRecordComponents()) {
                String property = propertyName(component);
                Schema<?> value = properties.get(property);
                if (value == null) {
                    continue;
                }
                value = withAnyValues(component.getGenericType(), value, value.getDescription());
                properties.put(property, mayBeNull(component) ? orNull(value) : value);
                if (!requests.contains(name) && alwaysWritten(component)) {
                    schema.addRequiredItem(property);
                }
            }
        });
    }

    /**
     * The record a schema was made from, out of records by the name swagger-core gives their schema (a generic one's
     * name is a prefix): of those with its name, the one that has all its properties.
     */
    private static Class<?> recordFor(Map<String, List<Class<?>>> records, String schemaName, Set<String> properties) {
        List<Class<?>> candidates = records.get(schemaName);
        if (candidates == null) {
            // PageResponse<FeedItem> is named PageResponseFeedItem
            candidates = records.entrySet().stream()
                    .filter(entry -> schemaName.startsWith(entry.getKey()))
                    .flatMap(entry -> entry.getValue().stream())
                    .filter(type -> type.getTypeParameters().length > 0)
                    .toList();
        }
        return candidates.stream()
                .filter(type -> Arrays.stream(type.getRecordComponents()).map(RecordSchemas::propertyName)
                        .collect(Collectors.toSet()).containsAll(properties))
                .findFirst().orElse(null);
    }

    private static boolean mayBeNull(RecordComponent component) {
        AnnotatedType type = component.getAnnotatedType();
        if (type.isAnnotationPresent(Nullable.class)) {
            return true;
        }
        return component.getType() == Optional.class && type instanceof AnnotatedParameterizedType optional
                && optional.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Nullable.class);
    }

    private static boolean alwaysWritten(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include == null || include.value() == JsonInclude.Include.ALWAYS
                || include.value() == JsonInclude.Include.USE_DEFAULTS;
    }

    private static String propertyName(RecordComponent component) {
        JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
        return named != null && !named.value().isEmpty() ? named.value() : SNAKE_CASE.translate(component.getName());
    }

    /**
     * An {@code Object} in a record's type (a history's {@code [value before, value after]}) is any JSON value, where
     * swagger-core says an object; and the parts of a list or a map do not repeat the property's description.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> withAnyValues(Type type, Schema value, String description) {
        if (type == Object.class) {
            return new Schema<>();
        }
        if (!(type instanceof ParameterizedType parameterized) || !(parameterized.getRawType() instanceof Class<?> raw)) {
            return value;
        }
        Type[] arguments = parameterized.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw) && value.getItems() != null) {
            value.setItems(part(withAnyValues(arguments[0], value.getItems(), description), description));
        } else if (Map.class.isAssignableFrom(raw) && value.getAdditionalProperties() instanceof Schema values) {
            value.setAdditionalProperties(part(withAnyValues(arguments[1], values, description), description));
        }
        return value;
    }

    private static Schema<?> part(Schema<?> schema, String description) {
        if (description != null && description.equals(schema.getDescription())) {
            schema.setDescription(null);
            schema.setExample(null);
            // else it is written as "example": null
            schema.setExampleSetFlag(false);
        }
        return schema;
    }

    /** The same value, or null: JSON Schema 2020-12 as OpenAPI 3.1 uses it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema value) {
        if (value.get$ref() != null) {
            Schema reference = new Schema<>().$ref(value.get$ref());
            return new Schema<>().description(value.getDescription())
                    .anyOf(List.of(reference, new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (value.getTypes() != null) {
            types.addAll(value.getTypes());
        } else if (value.getType() != null) {
            types.add(value.getType());
        }
        types.add("null");
        value.setTypes(types);
        if (value.getEnum() != null && !value.getEnum().contains(null)) {
            value.getEnum().add(null);
        }
        return value;
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> usedByRequests(OpenAPI openApi, Map<String, Schema> schemas) {
        Set<String> roots = new HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values()
                            .forEach(media -> referencesIn(media.getSchema(), roots));
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> referencesIn(parameter.getSchema(), roots));
                }
            }));
        }
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (reached.add(name) && schemas.containsKey(name)) {
                Set<String> next = new HashSet<>();
                referencesIn(schemas.get(name), next);
                pending.addAll(next);
            }
        }
        return reached;
    }

    @SuppressWarnings("rawtypes")
    private static void referencesIn(Schema<?> schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
            names.add(schema.get$ref().substring(COMPONENTS.length()));
        }
        referencesIn(schema.getItems(), names);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            referencesIn(additional, names);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> referencesIn(property, names));
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getOneOf(), schema.getAnyOf(),
                schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> referencesIn(alternative, names));
            }
        }
    }

    private static Map<String, List<Class<?>>> recordsIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        Map<String, List<Class<?>>> found = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), RecordSchemas.class.getClassLoader());
            io.swagger.v3.oas.annotations.media.Schema named =
                    type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
            found.computeIfAbsent(name, key -> new ArrayList<>()).add(type);
        }
        return found;
    }
}
