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

    /**
     * Starts the row of a {@code GET} call.
     *
     * @param path the path, e.g. {@code /v2/transactions/{id}}; each {@code {name}} placeholder is a path
     *             parameter, an id unless {@link #pathParameter(Parameter)} says otherwise
     * @return the spec, for the row builders to complete
     */
    public static OperationSpec get(String path) {
        return new OperationSpec("GET", path);
    }

    /**
     * Starts the row of a {@code POST} call.
     *
     * @param path the path, e.g. {@code /v2/transactions/{id}}; each {@code {name}} placeholder is a path
     *             parameter, an id unless {@link #pathParameter(Parameter)} says otherwise
     * @return the spec, for the row builders to complete
     */
    public static OperationSpec post(String path) {
        return new OperationSpec("POST", path);
    }

    /**
     * Starts the row of a {@code PATCH} call.
     *
     * @param path the path, e.g. {@code /v2/transactions/{id}}; each {@code {name}} placeholder is a path
     *             parameter, an id unless {@link #pathParameter(Parameter)} says otherwise
     * @return the spec, for the row builders to complete
     */
    public static OperationSpec patch(String path) {
        return new OperationSpec("PATCH", path);
    }

    /**
     * Starts the row of a {@code PUT} call.
     *
     * @param path the path, e.g. {@code /v2/transactions/{id}}; each {@code {name}} placeholder is a path
     *             parameter, an id unless {@link #pathParameter(Parameter)} says otherwise
     * @return the spec, for the row builders to complete
     */
    public static OperationSpec put(String path) {
        return new OperationSpec("PUT", path);
    }

    /**
     * Starts the row of a {@code DELETE} call.
     *
     * @param path the path, e.g. {@code /v2/transactions/{id}}; each {@code {name}} placeholder is a path
     *             parameter, an id unless {@link #pathParameter(Parameter)} says otherwise
     * @return the spec, for the row builders to complete
     */
    public static OperationSpec delete(String path) {
        return new OperationSpec("DELETE", path);
    }

    // ---- parameters, for rows ----

    /**
     * A parameter taking one free value.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter text(String name, String description) {
        return new Parameter(name, ValueKind.TEXT, List.of(), false, description);
    }

    /**
     * A parameter taking a comma list of free values.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter texts(String name, String description) {
        return new Parameter(name, ValueKind.TEXTS, List.of(), false, description);
    }

    /**
     * A parameter taking a comma list of Qonto ids.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter ids(String name, String description) {
        return new Parameter(name, ValueKind.IDS, List.of(), false, description);
    }

    /**
     * A parameter taking one value, ideally one Qonto documents.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @param known       the values Qonto documents; others pass with a warning
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter choice(String name, String description, String... known) {
        return new Parameter(name, ValueKind.CHOICE, List.of(known), false, description);
    }

    /**
     * A parameter taking a comma list of values, ideally ones Qonto documents; each goes out as a
     * parameter of its own.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @param known       the values Qonto documents; others pass with a warning
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter choices(String name, String description, String... known) {
        return new Parameter(name, ValueKind.CHOICES, List.of(known), false, description);
    }

    /**
     * A list of known values that Qonto reads from one comma-separated parameter, e.g. {@code filter[status]}.
     *
     * @param name        Qonto's name for it
     * @param description what it means, for the option reference and tooling
     * @param known       the values Qonto documents; others pass with a warning
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter joinedChoices(String name, String description, String... known) {
        return new Parameter(name, ValueKind.JOINED_CHOICES, List.of(known), false, description);
    }

    /**
     * A parameter taking an ISO-8601 instant, or a date meaning the start of that day in UTC.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter instant(String name, String description) {
        return new Parameter(name, ValueKind.INSTANT, List.of(), false, description);
    }

    /**
     * A parameter taking an ISO-8601 date.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter date(String name, String description) {
        return new Parameter(name, ValueKind.DATE, List.of(), false, description);
    }

    /**
     * A parameter taking a month as Qonto writes statement periods, {@code MM-YYYY}.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter month(String name, String description) {
        return new Parameter(name, ValueKind.MONTH, List.of(), false, description);
    }

    /**
     * A parameter taking {@code true} or {@code false}.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter bool(String name, String description) {
        return new Parameter(name, ValueKind.BOOLEAN, List.of("true", "false"), false, description);
    }

    /**
     * A parameter taking one IBAN, checked with its checksum and never sent in a URL.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter iban(String name, String description) {
        return new Parameter(name, ValueKind.IBAN, List.of(), false, description);
    }

    /**
     * A parameter taking a comma list of IBANs, each checked with its checksum and never sent in a URL.
     *
     * @param name        Qonto's name for it, with {@code []} for a parameter Qonto takes repeated
     * @param description what it means, for the option reference and tooling
     * @return the parameter, optional unless passed to {@link #required(Parameter)}
     */
    public static Parameter ibans(String name, String description) {
        return new Parameter(name, ValueKind.IBANS, List.of(), false, description);
    }

    /**
     * Makes a parameter or input one the operation cannot be sent without.
     *
     * @param parameter a parameter made by the factories above
     * @return the same parameter, required
     */
    public static Parameter required(Parameter parameter) {
        return parameter.asRequired();
    }

    // ---- row builders ----

    /**
     * Names the operation in Camel: the resource it belongs to and its action there.
     *
     * @param resource a plural collection ({@code transactions}) or a singular object ({@code transaction})
     * @param action   what the operation does to the resource
     * @return this spec
     */
    public OperationSpec is(String resource, Action action) {
        open();
        this.resource = resource;
        this.action = action;
        return this;
    }

    /**
     * Marks this operation as the one a producer of the resource runs when no operation is named.
     *
     * @return this spec
     */
    public OperationSpec byDefault() {
        open();
        this.defaultAction = true;
        return this;
    }

    /**
     * Names the OAuth scope Qonto checks before it runs the call.
     *
     * @param scope the scope, e.g. {@code organization.read}
     * @return this spec
     */
    public OperationSpec scope(String scope) {
        open();
        this.scope = scope;
        return this;
    }

    /**
     * Says in one line what the operation does, for the option reference and tooling.
     *
     * @param summary the line, without a final period
     * @return this spec
     */
    public OperationSpec summary(String summary) {
        open();
        this.summary = summary;
        return this;
    }

    /**
     * The answer is a collection walked with {@code page} and {@code per_page}.
     *
     * @param root     the key the items of a page are listed under
     * @param itemType the model an item is read as
     * @return this spec
     */
    public OperationSpec paged(String root, Class<?> itemType) {
        open();
        this.paged = true;
        this.responseRoot = root;
        this.resultType = itemType;
        return this;
    }

    /**
     * The answer holds one object.
     *
     * @param root the key holding it; null when the body is the object, {@code *} for a single key whose name varies
     * @param type the model it is read as
     * @return this spec
     */
    public OperationSpec returns(String root, Class<?> type) {
        open();
        this.responseRoot = root;
        this.resultType = type;
        return this;
    }

    /**
     * The answer is a plain, unpaged list.
     *
     * @param root     the key the items are listed under
     * @param itemType the model an item is read as
     * @return this spec
     */
    public OperationSpec returnsList(String root, Class<?> itemType) {
        open();
        this.listResponse = true;
        this.responseRoot = root;
        this.resultType = itemType;
        return this;
    }

    /**
     * The answer has no body.
     *
     * @return this spec
     */
    public OperationSpec returnsNothing() {
        open();
        this.emptyResponse = true;
        this.resultType = Void.class;
        return this;
    }

    /**
     * The answer is a file (a PDF, say) rather than JSON: the result is a {@code QontoFile}, streamed.
     *
     * @return this spec
     */
    public OperationSpec returnsFile() {
        open();
        this.binaryResponse = true;
        this.resultType = QontoFile.class;
        return this;
    }

    /**
     * The request body is a model, converted and validated before it is sent.
     *
     * @param type    the model the body is converted to
     * @param wrapper the key the body is sent under, {@code {"wrapper": body}}; null to send it as is
     * @return this spec
     */
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
     * @param filePart   the name of the multipart field holding the file
     * @param mediaTypes the media types Qonto takes for the file; none means any
     * @return this spec
     */
    public OperationSpec multipart(String filePart, String... mediaTypes) {
        open();
        this.filePart = filePart;
        this.fileMediaTypes.addAll(List.of(mediaTypes));
        return this;
    }

    /**
     * The named inputs are sent wrapped in {@code {"wrapper": {...}}}, as Qonto wants them for this call.
     *
     * @param wrapper the key the inputs are sent under
     * @return this spec
     */
    public OperationSpec inputsWrappedIn(String wrapper) {
        open();
        this.requestWrapper = wrapper;
        return this;
    }

    /**
     * Adds the query parameters Qonto documents for the call; in Camel each is an endpoint option.
     *
     * @param parameters the parameters, in the order the option reference lists them
     * @return this spec
     */
    public OperationSpec query(Parameter... parameters) {
        open();
        queryParameters.addAll(List.of(parameters));
        return this;
    }

    /**
     * Adds named fields of the request body, each settable by option or header.
     *
     * @param parameters the fields, by Qonto's names
     * @return this spec
     */
    public OperationSpec inputs(Parameter... parameters) {
        open();
        inputs.addAll(List.of(parameters));
        return this;
    }

    /**
     * Gives a path parameter a kind other than an id (a choice, say).
     *
     * @param parameter the parameter, named as its placeholder in the path
     * @return this spec
     * @throws IllegalArgumentException when the path has no placeholder of that name
     */
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

    /**
     * Requires at least one of a group of query parameters.
     *
     * @param names Qonto's names of the parameters of the group
     * @return this spec
     */
    public OperationSpec requireOneOf(String... names) {
        open();
        requiredOneOf.add(List.of(names));
        return this;
    }

    /**
     * Adds a timestamp a consumer can resume from, filtered on {@code <field>_from}; the first one declared is the
     * default.
     *
     * @param <T>      the model of an item
     * @param field    Qonto's name of the timestamp, e.g. {@code updated_at}
     * @param accessor reads the timestamp from an item
     * @return this spec
     */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec cursor(String field, Function<T, Instant> accessor) {
        open();
        cursorFields.add(new CursorField(field, item -> accessor.apply((T) item)));
        return this;
    }

    /**
     * Adds a timestamp a consumer can resume from, whose lower bound Qonto reads from a parameter of another name.
     *
     * @param <T>           the model of an item
     * @param field         Qonto's name of the timestamp, e.g. {@code created_at}
     * @param fromParameter the query parameter holding the lower bound, e.g. {@code filter[created_at_from]}
     * @param accessor      reads the timestamp from an item
     * @return this spec
     */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec cursor(String field, String fromParameter, Function<T, Instant> accessor) {
        open();
        cursorFields.add(new CursorField(field, fromParameter, item -> accessor.apply((T) item)));
        return this;
    }

    /**
     * Adds a value of the result to hand out beside it (a header, in Camel).
     *
     * @param <T>      the model of the result
     * @param name     a snake_case name, e.g. {@code request_type}
     * @param accessor reads the value from the result
     * @return this spec
     */
    @SuppressWarnings("unchecked")
    public <T> OperationSpec resultValue(String name, Function<T, ?> accessor) {
        open();
        resultValues.add(new ResultValue(name, item -> accessor.apply((T) item)));
        return this;
    }

    /**
     * Adds something the operation does beyond its HTTP call.
     *
     * @param name the name the hook is registered under, one of {@code QontoOperation.Hooks}
     * @return this spec
     */
    public OperationSpec hook(String name) {
        open();
        hooks.add(name);
        return this;
    }

    /**
     * Qonto requires an {@code X-Qonto-Idempotency-Key} on the call, which makes it safe to retry with the
     * same key.
     *
     * @return this spec
     */
    public OperationSpec idempotent() {
        open();
        this.idempotent = true;
        return this;
    }

    /**
     * Qonto may answer 428 and ask for Strong Customer Authentication before it runs the call.
     *
     * @return this spec
     */
    public OperationSpec sca() {
        open();
        this.sca = true;
        return this;
    }

    /**
     * Qonto refuses API-key authentication for the call and wants an OAuth token.
     *
     * @return this spec
     */
    public OperationSpec oauthOnly() {
        open();
        this.oauthOnly = true;
        return this;
    }

    /**
     * Qonto has deprecated the endpoint in favour of another.
     *
     * @return this spec
     */
    public OperationSpec deprecated() {
        open();
        this.deprecated = true;
        return this;
    }

    /**
     * Only Qonto's sandbox serves the endpoint.
     *
     * @return this spec
     */
    public OperationSpec sandboxOnly() {
        open();
        this.sandboxOnly = true;
        return this;
    }

    // ---- reading ----

    /** {@return the multipart field holding the uploaded file, or null when the request is not an upload} */
    public String filePart() {
        return filePart;
    }

    /** {@return the media types Qonto takes for an upload's file; empty means any} */
    public List<String> fileMediaTypes() {
        return List.copyOf(fileMediaTypes);
    }

    /**
     * {@return what names an upload's file: its name and media type, settable by option or header; empty for other
     * calls}
     */
    public List<Parameter> fileParameters() {
        if (filePart == null) {
            return List.of();
        }
        return List.of(text("file_name", "The name Qonto stores the uploaded file under; else CamelFileName, else the"
                        + " name of the File or Path body."),
                text("content_type", "The media type of the uploaded file, e.g. application/pdf; else Content-Type,"
                        + " else the file name's extension tells."));
    }

    /** {@return the HTTP method: GET, POST, PATCH, PUT or DELETE} */
    public String method() {
        return method;
    }

    /** {@return the path, with a {@code {name}} placeholder for each path parameter} */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** {@return the resource the operation belongs to} */
    public String resource() {
        return resource;
    }

    /** {@return what the operation does to its resource} */
    public Action action() {
        return action;
    }

    /** {@return whether a producer of the resource runs this operation when none is named} */
    public boolean defaultAction() {
        return defaultAction;
    }

    /** {@return the OAuth scope Qonto checks, or null when any valid token will do} */
    public String scope() {
        return scope;
    }

    /** {@return one line saying what the operation does} */
    public String summary() {
        return summary;
    }

    /** {@return whether the answer is a collection walked with {@code page} and {@code per_page}} */
    public boolean paged() {
        return paged;
    }

    /** {@return whether Qonto requires an idempotency key on the call} */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** {@return whether Qonto may ask for Strong Customer Authentication} */
    public boolean isScaCapable() {
        return sca;
    }

    /** {@return whether Qonto refuses API-key authentication for the call} */
    public boolean isOAuthOnly() {
        return oauthOnly;
    }

    /** {@return whether the answer has no body} */
    public boolean emptyResponse() {
        return emptyResponse;
    }

    /** {@return whether the answer is a file rather than JSON} */
    public boolean binaryResponse() {
        return binaryResponse;
    }

    /** {@return whether the answer is a plain, unpaged list} */
    public boolean listResponse() {
        return listResponse;
    }

    /** {@return whether Qonto has deprecated the endpoint} */
    public boolean isDeprecated() {
        return deprecated;
    }

    /** {@return whether only Qonto's sandbox serves the endpoint} */
    public boolean isSandboxOnly() {
        return sandboxOnly;
    }

    /** {@return the placeholders of the path, each with its kind} */
    public List<Parameter> pathParameters() {
        return List.copyOf(pathParameters);
    }

    /** {@return the query parameters Qonto documents for the call} */
    public List<Parameter> queryParameters() {
        return List.copyOf(queryParameters);
    }

    /** {@return the named fields of the request body} */
    public List<Parameter> inputs() {
        return List.copyOf(inputs);
    }

    /** {@return the groups of query parameters of which at least one must be set} */
    public List<List<String>> requiredOneOf() {
        return List.copyOf(requiredOneOf);
    }

    /** {@return the model the request body is converted to, or null when it is built from inputs} */
    public Class<?> bodyType() {
        return bodyType;
    }

    /** {@return the key the request body is sent under, or null when it is sent as is} */
    public String requestWrapper() {
        return requestWrapper;
    }

    /**
     * {@return the key holding the result, {@code *} for a single key whose name varies, or null for a bare object}
     */
    public String responseRoot() {
        return responseRoot;
    }

    /** {@return the model of one result item; {@code Void} when the answer has no body} */
    public Class<?> resultType() {
        return resultType;
    }

    /** {@return the timestamps a consumer can resume from, the default first} */
    public List<CursorField> cursorFields() {
        return List.copyOf(cursorFields);
    }

    /** {@return the values of a result handed out beside it} */
    public List<ResultValue> resultValues() {
        return List.copyOf(resultValues);
    }

    /** {@return the names of what the operation does beyond its HTTP call} */
    public List<String> hooks() {
        return List.copyOf(hooks);
    }

    /**
     * Ends the writing of a row: from here on the spec is read only.
     *
     * @param row the name of the row, for the error
     * @return this spec
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
