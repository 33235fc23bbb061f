package org.readtrack.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.hibernate.validator.constraints.CodePointLength;
import org.readtrack.shared.CallerZone;
import org.readtrack.shared.PageQuery;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /api/schema}: snake_case schemas as on the wire, the bearer scheme, the
 * pagination parameters and, on every operation, the problem responses it can give.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OpenApiConfiguration {

    private static final String BEARER = "bearerAuth";
    private static final String PROBLEM = "Problem";
    private static final Set<String> PUBLIC = Set.of("/api/auth/register", "/api/auth/login", "/api/auth/refresh");
    /** Served to anyone, as {@code <img>} tags fetch them: no token. */
    private static final String MEDIA = "/media/";
    private static final Set<String> THROTTLED = Set.of("/api/auth/register", "/api/auth/login", "/api/auth/refresh",
            "/api/auth/password", "/api/auth/password/reset", "/api/auth/password/reset/confirm");
    private static final Set<String> HASHING = Set.of("/api/auth/register", "/api/auth/login", "/api/auth/password");
    /** Where a write may clash with an account, an address or a limit of the accounts. */
    private static final List<String> ACCOUNT_CONFLICTS = List.of("/api/users", "/api/invitations", "/api/auth/tokens");
    private static final List<String> CATALOG = List.of("/api/categories", "/api/contents", "/api/chapters");
    /** What no personal API token may call, whatever its scope. */
    private static final List<String> NOT_FOR_PERSONAL_TOKENS = List.of("/api/auth/password", "/api/auth/tokens",
            "/api/auth/logout", "/api/auth/refresh");

    static {
        // filled in by the server from page and page_size, which paginationParameters() documents instead; the
        // caller (an @AuthenticationPrincipal) springdoc leaves out on its own when Spring Security is present
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class, CallerZone.class);
    }

    @Bean
    OpenAPI readtrackOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Readtrack API").version("1")
                        .description("""
                                Reading tracker: a catalog of categories, contents and chapters curated by \
                                administrators, and each user's own reading progress. Log in with \
                                `POST /api/auth/login`, then use **Authorize** with the `access` token. \
                                Every path also answers with a trailing slash. Errors are RFC 9457 \
                                `application/problem+json`."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("The `access` token from login or refresh, or a personal API token"
                                        + " (`rt_…`, from `POST /api/auth/tokens`).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** springdoc reads models with Jackson 2; this one names properties as the Jackson 3 mapper writes them. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /**
     * Length limits count characters (code points, as Django does and as JSON Schema's {@code maxLength}
     * means), so the requests use Hibernate Validator's {@code @CodePointLength} rather than {@code @Size},
     * which counts UTF-16 units; swagger-core documents only the latter.
     */
    @Bean
    PropertyCustomizer codePointLengths() {
        return (schema, type) -> {
            Annotation[] annotations = type.getCtxAnnotations();
            for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
                if (annotation instanceof CodePointLength length) {
                    schema.setMaxLength(length.max());
                }
            }
            return schema;
        };
    }

    /**
     * Operation ids from the controller and its method ({@code contentList}, {@code authLogin}): stable
     * names for generated clients, where springdoc's own would be {@code list_3}.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handlerMethod) -> {
            String controller = ClassUtils.getUserClass(handlerMethod.getBeanType()).getSimpleName()
                    .replace("Controller", "");
            String method = handlerMethod.getMethod().getName();
            return operation.operationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        };
    }

    /** Whether a controller method has a parameter of this type, which the web layer fills in. */
    private static boolean takes(HandlerMethod handlerMethod, Class<?> type) {
        return Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == type);
    }

    @Bean
    OperationCustomizer paginationParameters() {
        return (operation, handlerMethod) -> {
            if (takes(handlerMethod, PageQuery.class)) {
                operation.addParametersItem(new Parameter().in("query").name("page")
                        .description("Page number, from 1.").schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
                operation.addParametersItem(new Parameter().in("query").name("page_size")
                        .description("Results per page: " + PageQuery.DEFAULT_SIZE + " by default, at most "
                                + PageQuery.MAX_SIZE + " (larger values are capped).")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
            }
            return operation;
        };
    }

    @Bean
    OperationCustomizer timeZoneHeader() {
        return (operation, handlerMethod) -> {
            if (takes(handlerMethod, CallerZone.class)) {
                operation.addParametersItem(new Parameter().in("header").name(CallerZone.HEADER)
                        .description("The caller's IANA time zone, such as `Europe/Paris`: what today is for"
                                + " the dates the server sets by itself (an entry's `started_on` and"
                                + " `finished_on`, the export file's name), and the days statistics count by."
                                + " UTC without it; an unknown zone gives 400.")
                        .schema(new StringSchema().example("Europe/Paris")));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer recordSchemas() {
        return new RecordSchemas("org.readtrack");
    }

    @Bean
    OpenApiCustomizer problemResponses(HttpProperties http) {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describeFailures(path, method, operation, http)));
        };
    }

    private static void describeFailures(String path, PathItem.HttpMethod method, Operation operation,
            HttpProperties http) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        boolean writes = method != PathItem.HttpMethod.GET;
        boolean catalog = CATALOG.stream().anyMatch(path::startsWith) && !path.endsWith("/progress");
        boolean anonymous = PUBLIC.contains(path) || path.startsWith(MEDIA);
        // an image upload replaces what was there: nothing unique to clash with
        boolean conflicts = catalog && !path.endsWith("/cover");
        if (anonymous) {
            operation.setSecurity(List.of());
        }
        // any operation: a query parameter given twice is refused, known or not, and so is a NUL in a path's id
        problem(operation, "400", "Invalid input: `errors` names each field and what is wrong with it.");
        if (!path.equals("/api/auth/register") && !path.startsWith(MEDIA)) {
            problem(operation, "401", PUBLIC.contains(path) ? "Wrong credentials or token."
                    : "Missing, invalid or expired access token.");
        }
        boolean review = path.startsWith("/api/suggestions/{id}/");
        if (path.equals("/api/auth/register")) {
            problem(operation, "403", "Registration is closed, or needs an invitation (see `GET /api/config/`).");
        }
        if (path.startsWith("/api/users") || path.startsWith("/api/invitations") || path.equals("/api/stats")
                || (catalog && writes)) {
            problem(operation, "403", "Administrators only.");
        }
        if (review) {
            problem(operation, "403", "Moderators and administrators only.");
        }
        if ((writes && !anonymous) || NOT_FOR_PERSONAL_TOKENS.stream().anyMatch(path::startsWith)) {
            problem(operation, "403", "Not with this personal API token: a `read` token only reads, and no personal"
                    + " token changes the password or the email, manages tokens or ends sessions.");
        }
        if (path.contains("{") || hasQuery) {
            problem(operation, "404", path.contains("{") ? "No such resource (or not yours)." : "Page past the end.");
        }
        if ((writes && (conflicts || path.startsWith("/api/progress") || path.startsWith("/api/suggestions")))
                || path.equals("/api/auth/register")
                || (writes && path.equals("/api/auth/me"))
                || (writes && ACCOUNT_CONFLICTS.stream().anyMatch(path::startsWith))) {
            problem(operation, "409", "Conflicts with stored data: a unique value taken, or a delete that would orphan data.");
        }
        if (hasBody) {
            Set<String> accepted = operation.getRequestBody().getContent() == null ? Set.of()
                    : operation.getRequestBody().getContent().keySet();
            boolean images = !accepted.isEmpty() && accepted.stream().allMatch(type -> type.startsWith("image/"));
            // a file upload (the import) takes whatever type it is sent as, and tells the format by the content
            boolean file = accepted.contains("multipart/form-data");
            problem(operation, "413", "Request body over " + size(images ? http.maxImageSize()
                    : file ? http.maxImportSize() : http.maxBodySize()) + ".");
            if (!file) {
                problem(operation, "415", images ? "The body must be sent as `" + String.join("`, `", accepted)
                        + "`." : "The body must be `application/json`.");
            }
        }
        // the account's own changes are throttled as password changes are
        if (THROTTLED.contains(path) || (writes && path.equals("/api/auth/me"))) {
            problem(operation, "429", "Too many attempts: wait `Retry-After` seconds.");
        }
        if (HASHING.contains(path)) {
            problem(operation, "503", "Password hashing at capacity, or the server busy: retry after `Retry-After`"
                    + " seconds.");
        }
        problem(operation, "503", "The server is busy or cannot reach its database: retry after `Retry-After`"
                + " seconds.");
    }

    private static String size(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Invalid input."))
                .addProperty("instance", new StringSchema().example("/api/contents"))
                .addProperty("errors", new MapSchema()
                        .additionalProperties(new ArraySchema().items(new StringSchema()))
                        .description("Per field (or query parameter): what is wrong with it.")
                        .example(Map.of("title", List.of("This field is required."))))
                .addProperty("existing_id", new IntegerSchema()
                        .description("On a 409 for progress: the entry that already tracks the content."))
                .addProperty("existing", new IntegerSchema()
                        .description("On a 409 for a suggestion or its approval: the content that has the title."))
                .addProperty("suggestion_status", new StringSchema()
                        .description("On a 409 for a review: where the suggestion stands, no longer pending."))
                .addProperty("retry_after", new IntegerSchema().description("On 429 and 503: seconds to wait."));
    }
}
