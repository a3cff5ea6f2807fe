package io.camelqonto.client.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;

import io.camelqonto.client.QontoFile;

/**
 * Everything about one Qonto operation, as data: the HTTP call, the resource and action it belongs to, its
 * parameters and inputs, the shapes of its request and response, and what a consumer or producer reads from its
 * results. Rows are written with the static factories and the fluent methods, each of which returns a new spec.
 */
public final class OperationSpec {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String method;
    private final String pathTemplate;
    private String resource;
    private Action action;
    private boolean defaultAction;
    private String scope;
    private String summary = "";
    private boolean paged;
    private boolean idempotent;
    private boolean sca;
    private boolean oauthOnly;
    private boolean emptyResponse;
    private boolean binaryResponse;
    private boolean listResponse;
    private boolean deprecated;
    private boolean sandboxOnly;
    private final List<Parameter> pathParameters = new ArrayList<>();
    private final List<Parameter> queryParameters = new ArrayList<>();
    private final List<Parameter> inputs = new ArrayList<>();
    private final List<List<String>> requiredOneOf = new ArrayList<>();
    private Class<?> bodyType;
    private String requestWrapper;
    private String responseRoot;
    private Class<?> resultType = Void.class;
    private final List<CursorField> cursorFields = new ArrayList<>();
    private final List<ResultValue> resultValues = new ArrayList<>();
    private final List<String> hooks = new ArrayList<>();
    private String filePart;
    private final List<String> fileMediaTypes = new ArrayList<>();
    private boolean frozen;

    private OperationSpec(String method, String pathTemplate) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        Matcher m = PLACEHOLDER.matcher(pathTemplate);
        while (m.find()) {
            String name = m.group(1);
            pathParameters.add(new Parameter(name, ValueKind.ID, List.of(), true, "the " + name + " of the object"));
        }
    }

    public static OperationSpec get(String path) {
        return new OperationSpec("GET", path);
    }

    public static OperationSpec post(String path) {
        return new OperationSpec("POST", path);
    }

    public static OperationSpec patch(String path) {
        return new OperationSpec("PATCH", path);
    }

    public static OperationSpec put(String path) {
        return new OperationSpec("PUT", path);
    }

    public static OperationSpec delete(String path) {
        return new OperationSpec("DELETE", path);
    }

    // ---- parameters, for rows ----

    public static Parameter text(String name, String description) {
        return new Parameter(name, ValueKind.TEXT, List.of(), false, description);
    }

    public static Parameter texts(String name, String description) {
        return new Parameter(name, ValueKind.TEXTS, List.of(), false, description);
    }

    public static Parameter ids(String name, String description) {
        return new Parameter(name, ValueKind.IDS, List.of(), false, description);
    }

    public static Parameter choice(String name, String description, String... known) {
        return new Parameter(name, ValueKind.CHOICE, List.of(known), false, description);
    }

    public static Parameter choices(String name, String description, String... known) {
        return new Parameter(name, ValueKind.CHOICES, List.of(known), false, description);
    }

    /** A list of known values that Qonto reads from one comma-separated parameter, e.g. {@code filter[status]}. */
    public static Parameter joinedChoices(String name, String description, String... known) {
        return new Parameter(name, ValueKind.JOINED_CHOICES, List.of(known), false, description);
    }

    public static Parameter instant(String name, String description) {
        return new Parameter(name, ValueKind.INSTANT, List.of(), false, description);
    }

    public static Parameter date(String name, String description) {
        return new Parameter(name, ValueKind.DATE, List.of(), false, description);
    }

    public static Parameter month(String name, String description) {
        return new Parameter(name, ValueKind.MONTH, List.of(), false, description);
    }

    public static Parameter bool(String name, String description) {
        return new Parameter(name, ValueKind.BOOLEAN, List.of("true", "false"), false, description);
    }

    public static Parameter iban(String name, String description) {
        return new Parameter(name, ValueKind.IBAN, List.of(), false, description);
    }

    public static Parameter ibans(String name, String description) {
        return new Parameter(name, ValueKind.IBANS, List.of(), false, description);
    }

    public static Parameter required(Parameter parameter) {
        return parameter.asRequired();
    }

    // ---- row builders ----

    /** The resource (a plural collection or a singular object) and the action on it that this operation is. */
    public OperationSpec is(String resource, Action action) {
        open();
        this.resource = resource;
        this.action = action;
        return this;
    }

    /** Marks this operation as the one a producer of the resource runs when no operation is named. */
    public OperationSpec byDefault() {
        open();
        this.defaultAction = true;
        return this;
    }

    public OperationSpec scope(String scope) {
        open();
        this.scope = scope;
        return this;
    }

    public OperationSpec summary(String summary) {
        open();
        this.summary = summary;
        return this;
    }

    /** The answer is a collection walked with {@code page} and {@code per_page}, listed under {@code root}. */
    public OperationSpec paged(String root, Class<?> itemType) {
        open();
        this.paged = true;
        this.responseRoot = root;
        this.resultType = itemType;
        return this;
    }

    /** The answer holds one object under {@code root} (null: the body is the object; {@code *}: its single key). */
    public OperationSpec returns(String root, Class<?> type) {
        open();
        this.responseRoot = root;
        this.resultType = type;
        return this;
    }

    /** The answer is a plain, unpaged list under {@code root}. */
    public OperationSpec returnsList(String root, Class<?> itemType) {
        open();
        this.listResponse = true;
        this.responseRoot = root;
        this.resultType = itemType;
        return this;
    }

    /** The answer has no body. */
    public OperationSpec returnsNothing() {
        open();
        this.emptyResponse = true;
        this.resultType = Void.class;
        return this;
    }

    /** The answer is a file (a PDF, say) rather than JSON: the result is a {@code QontoFile}, streamed. */
    public OperationSpec returnsFile() {
        open();
        this.binaryResponse = true;
        this.resultType = QontoFile.class;
        return this;
    }

    /** The request body is a {@code type}, sent wrapped in {@code {"wrapper": body}} (null: sent as is). */
    public OperationSpec body(Class<?> type, String wrapper) {
        open();
        this.bodyType = type;
        this.requestWrapper = wrapper;
        return this;
    }

    /**
     * The request is {@code multipart/form-data}: the file (the message body, in Camel) goes out as the field
     * {@code filePart}, the row's inputs as text fields. The file's name and media type come from the inputs of
     * {@link #fileParameters()}.
     *
     * @param mediaTypes the media types Qonto takes for the file; none means any
     */
    public OperationSpec multipart(String filePart, String... mediaTypes) {
        open();
        this.filePart = filePart;
        this.fileMediaTypes.addAll(List.of(mediaTypes));
        return this;
    }

    /** The named inputs are sent wrapped in {@code {"wrapper": {...}}}, as Qonto wants them for this call. */
    public OperationSpec inputsWrappedIn(String wrapper) {
        open();
        this.requestWrapper = wrapper;
        return this;
    }

    public OperationSpec query(Parameter... parameters) {
        open();
        queryParameters.addAll(List.of(parameters));
        return this;
    }

    /** Named fields of the request body, each settable by option or header. */
    public OperationSpec inputs(Parameter... parameters) {
        open();
        inputs.addAll(List.of(parameters));
        return this;
    }

    /** Gives a path parameter a kind other than an id (a choice, say). */
    public OperationSpec pathParameter(Parameter parameter) {
        open();
        for (int i = 0; i < pathParameters.size(); i++) {
            if (pathParameters.get(i).name().equals(parameter.name())) {
                pathParameters.set(i, parameter.asRequired());
                return this;
            }
        }
        throw new IllegalArgumentException(parameter.name() + " is not a placeholder of " + pathTemplate);
    }

    /** At least one of these query parameters must be set. */
    public OperationSpec requireOneOf(String... names) {
        open();
        requiredOneOf.add(List.of(names));
        return this;
    }

    /** A timestamp a consumer can resume from; the first one declared is the default. */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec cursor(String field, Function<T, Instant> accessor) {
        open();
        cursorFields.add(new CursorField(field, item -> accessor.apply((T) item)));
        return this;
    }

    /** A timestamp a consumer can resume from, whose lower bound Qonto reads from {@code fromParameter}. */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec cursor(String field, String fromParameter, Function<T, Instant> accessor) {
        open();
        cursorFields.add(new CursorField(field, fromParameter, item -> accessor.apply((T) item)));
        return this;
    }

    /** A value of the result handed out beside it. */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec resultValue(String name, Function<T, ?> accessor) {
        open();
        resultValues.add(new ResultValue(name, item -> accessor.apply((T) item)));
        return this;
    }

    /** What the operation does beyond its HTTP call, by the name the hooks are registered under. */
    public OperationSpec hook(String name) {
        open();
        hooks.add(name);
        return this;
    }

    public OperationSpec idempotent() {
        open();
        this.idempotent = true;
        return this;
    }

    public OperationSpec sca() {
        open();
        this.sca = true;
        return this;
    }

    public OperationSpec oauthOnly() {
        open();
        this.oauthOnly = true;
        return this;
    }

    public OperationSpec deprecated() {
        open();
        this.deprecated = true;
        return this;
    }

    public OperationSpec sandboxOnly() {
        open();
        this.sandboxOnly = true;
        return this;
    }

    // ---- reading ----

    /** The multipart field holding the uploaded file, or null when the request is not an upload. */
    public String filePart() {
        return filePart;
    }

    /** The media types Qonto takes for an upload's file; empty means any. */
    public List<String> fileMediaTypes() {
        return List.copyOf(fileMediaTypes);
    }

    /** What names an upload's file: its name and media type, settable by option or header; empty for other calls. */
    public List<Parameter> fileParameters() {
        if (filePart == null) {
            return List.of();
        }
        return List.of(text("file_name", "The name Qonto stores the uploaded file under; else CamelFileName, else the"
                        + " name of the File or Path body."),
                text("content_type", "The media type of the uploaded file, e.g. application/pdf; else Content-Type,"
                        + " else the file name's extension tells."));
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public String resource() {
        return resource;
    }

    public Action action() {
        return action;
    }

    public boolean defaultAction() {
        return defaultAction;
    }

    public String scope() {
        return scope;
    }

    public String summary() {
        return summary;
    }

    public boolean paged() {
        return paged;
    }

    public boolean isIdempotent() {
        return idempotent;
    }

    public boolean isScaCapable() {
        return sca;
    }

    public boolean isOAuthOnly() {
        return oauthOnly;
    }

    public boolean emptyResponse() {
        return emptyResponse;
    }

    public boolean binaryResponse() {
        return binaryResponse;
    }

    public boolean listResponse() {
        return listResponse;
    }

    public boolean isDeprecated() {
        return deprecated;
    }

    public boolean isSandboxOnly() {
        return sandboxOnly;
    }

    public List<Parameter> pathParameters() {
        return List.copyOf(pathParameters);
    }

    public List<Parameter> queryParameters() {
        return List.copyOf(queryParameters);
    }

    public List<Parameter> inputs() {
        return List.copyOf(inputs);
    }

    public List<List<String>> requiredOneOf() {
        return List.copyOf(requiredOneOf);
    }

    public Class<?> bodyType() {
        return bodyType;
    }

    public String requestWrapper() {
        return requestWrapper;
    }

    public String responseRoot() {
        return responseRoot;
    }

    public Class<?> resultType() {
        return resultType;
    }

    public List<CursorField> cursorFields() {
        return List.copyOf(cursorFields);
    }

    public List<ResultValue> resultValues() {
        return List.copyOf(resultValues);
    }

    public List<String> hooks() {
        return List.copyOf(hooks);
    }

    /**
     * Ends the writing of a row: from here on the spec is read only.
     *
     * @throws IllegalStateException when the row names no resource or action
     */
    public OperationSpec freeze(String row) {
        if (resource == null || action == null) {
            throw new IllegalStateException(row + " names no resource and action");
        }
        frozen = true;
        return this;
    }

    private void open() {
        if (frozen) {
            throw new IllegalStateException("a catalog row cannot change once written");
        }
    }
}
