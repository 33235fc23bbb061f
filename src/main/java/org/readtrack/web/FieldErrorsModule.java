package org.readtrack.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;
import tools.jackson.databind.type.ReferenceType;

/**
 * Names every value of a body that has the wrong type, not only the first one read, as the original API did:
 * {@code {"score": "abc", "favorite": "x"}} gets both fields back, and a client fixes its request in one go.
 * Jackson stops at the first value it cannot read; here each value is read on its own, and one that fails is noted
 * under its path, skipped, and read as null, so that the rest of the body is read on. Once the whole body is read,
 * the values noted are thrown together as {@link InvalidFields} (or as soon as {@link #MOST_NAMED} are). Malformed
 * JSON still stops at once: nothing after it can be read.
 */
final class FieldErrorsModule extends SimpleModule {

    /** The key of the {@link Noted} values of the body being read, set while it is read. */
    private static final Object NOTED = new Object();

    /**
     * The values named at most: a body of a megabyte can hold hundreds of thousands of wrong ones ({@code [[], [],
     * …]} for a list of tags), each a line of the answer and an entry in memory. Past these, reading stops.
     */
    static final int MOST_NAMED = 50;

    FieldErrorsModule() {
        super("readtrack-field-errors");
        setDeserializerModifier(new EveryValue());
    }

    /** The values noted so far while a body is read. */
    private static final class Noted {
        final Map<String, List<String>> byPath = new LinkedHashMap<>();
        int count;

        void add(String path, String message) {
            byPath.computeIfAbsent(path, key -> new ArrayList<>()).add(message);
            count++;
        }
    }

    /** The values of a body that have the wrong type: by path ({@code score}, {@code tags[1]}), their messages. */
    static final class InvalidFields extends DatabindException {
        private final transient Map<String, List<String>> errors;

        InvalidFields(JsonParser parser, Map<String, List<String>> errors) {
            super(parser, errors.size() + " invalid values");
            // in the body's order, which the answer keeps
            this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        Map<String, List<String>> errors() {
            return errors;
        }
    }

    /** A value's path as the problem body names it: {@code preferences.theme}, {@code tags[1]}. */
    static String path(JacksonException problem) {
        StringBuilder path = new StringBuilder();
        problem.getPath().forEach(reference -> append(path, reference.getPropertyName(), reference.getIndex()));
        return path.toString();
    }

    private static String pathOf(TokenStreamContext context) {
        Deque<TokenStreamContext> outerFirst = new ArrayDeque<>();
        for (TokenStreamContext each = context; each != null && !each.inRoot(); each = each.getParent()) {
            outerFirst.push(each);
        }
        StringBuilder path = new StringBuilder();
        outerFirst.forEach(each -> append(path, each.inObject() ? each.currentName() : null, each.getCurrentIndex()));
        return path.toString();
    }

    private static void append(StringBuilder path, String name, int index) {
        if (name != null) {
            path.append(path.isEmpty() ? "" : ".").append(name);
        } else {
            path.append('[').append(index).append(']');
        }
    }

    /** The deserializers the mapper makes, wrapped: scalars, choices, optionals, arrays, lists, maps and records. */
    private static final class EveryValue extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return OneValue.around(deserializer);
        }
    }

    /** One value: the whole body if none is being read, else a value inside it, noted and skipped if it fails. */
    private static final class OneValue extends DelegatingDeserializer {
        private OneValue(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        /**
         * A deserializer that does not say what it reads cannot be wrapped, and is left as it is (none of the API's
         * types has one): a value it refuses is named, by the nearest wrapped value around it, for the whole of that
         * value.
         */
        static ValueDeserializer<?> around(ValueDeserializer<?> delegate) {
            return delegate.handledType() == null ? delegate : new OneValue(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new OneValue(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return read(parser, context, () -> _delegatee.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return read(parser, context, () -> super.deserialize(parser, context, into));
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                TypeDeserializer types) {
            return read(parser, context, () -> super.deserializeWithType(parser, context, types));
        }

        private static Object read(JsonParser parser, DeserializationContext context, Supplier<Object> value) {
            Noted noted = (Noted) context.getAttribute(NOTED);
            return noted == null ? body(parser, context, value) : inside(parser, noted, value);
        }

        private static Object body(JsonParser parser, DeserializationContext context, Supplier<Object> value) {
            Noted noted = new Noted();
            context.setAttribute(NOTED, noted);
            try {
                Object body = value.get();
                if (noted.count > 0) {
                    throw new InvalidFields(parser, noted.byPath);
                }
                return body;
            } catch (MismatchedInputException | ValueInstantiationException problem) {
                if (noted.count == 0) {
                    throw problem;
                }
                // a value read by a deserializer this module could not wrap, noted with the others; else most
                // likely the null a value noted was read as, which the values noted explain
                String path = path(problem);
                if (problem instanceof MismatchedInputException && !path.isEmpty()
                        && !noted.byPath.containsKey(path)) {
                    noted.add(path, ValueMessages.of(problem));
                }
                throw new InvalidFields(parser, noted.byPath);
            } finally {
                // a context reads several bodies in turn when it streams them (readValues)
                context.setAttribute(NOTED, null);
            }
        }

        private static Object inside(JsonParser parser, Noted noted, Supplier<Object> value) {
            JsonToken first = parser.currentToken();
            TokenStreamContext own = parser.streamReadContext();
            // a structure's first token has already opened its own context: the value sits in the one around it
            TokenStreamContext around = first != null && first.isStructStart() ? own.getParent() : own;
            int before = noted.count;
            try {
                return value.get();
            } catch (MismatchedInputException | InputCoercionException | ValueInstantiationException problem) {
                if (noted.count == before) {
                    if (problem instanceof ValueInstantiationException) {
                        throw problem; // a record refusing what it was given: its own problem, said as such
                    }
                    // named only now: the context around keeps the value's name or place until the next one is read
                    noted.add(pathOf(around) + innerPath(problem), ValueMessages.of(problem));
                    if (noted.count >= MOST_NAMED) {
                        throw new InvalidFields(parser, noted.byPath);
                    }
                } // else the consequence of a value inside it, noted already
                skipRest(parser, first, own, around);
                return null;
            }
        }

        /**
         * On to the value's last token, where the value around expects the parser to stand. A structure refused at
         * its first token is skipped whole, by any parser; one refused part-way is left by the nesting depth, which
         * only a parser of JSON text keeps (a request's body; a parser of a tree or a buffer would at worst name a
         * value inside it too, never accept it).
         */
        private static void skipRest(JsonParser parser, JsonToken first, TokenStreamContext own,
                TokenStreamContext around) {
            if (first != null && first.isStructStart() && parser.currentToken() == first
                    && parser.streamReadContext() == own) {
                parser.skipChildren();
                return;
            }
            int depth = around.getNestingDepth();
            while (parser.streamReadContext().getNestingDepth() > depth && parser.nextToken() != null) {
                // skipped
            }
        }

        private static String innerPath(JacksonException problem) {
            String inner = path(problem);
            return inner.isEmpty() || inner.startsWith("[") ? inner : "." + inner;
        }
    }
}
