package io.camelqonto.component;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.webhook.WebhookTopic;
import io.camelqonto.model.InvalidInputException;

/**
 * The path of a {@code qonto:} URI, derived from the catalog: the operations whose rows name it. A plural resource is
 * a collection: it can be listed and, when its list has a cursor field, consumed. A singular resource is one object
 * to create, get or act on. A webhook topic that no resource of the catalog is named after ({@code accounts},
 * {@code consent-revocations}, ...) is a resource without operations, for {@code webhook:qonto:<topic>} only.
 */
public final class QontoResource {

    private static final Map<String, QontoResource> ALL = index();
    private static final Map<String, QontoResource> WEBHOOK_ONLY = webhookOnly();

    private final String name;
    private final Map<Action, QontoOperation> operations;
    private final Action defaultAction;

    private QontoResource(String name, Map<Action, QontoOperation> operations) {
        this.name = name;
        this.operations = Collections.unmodifiableMap(operations);
        this.defaultAction = operations.values().stream().filter(QontoOperation::defaultAction)
                .map(QontoOperation::action).findFirst().orElse(null);
    }

    private static Map<String, QontoResource> index() {
        Map<String, Map<Action, QontoOperation>> byResource = new LinkedHashMap<>();
        for (QontoOperation operation : QontoOperation.values()) {
            byResource.computeIfAbsent(operation.resource(), r -> new EnumMap<>(Action.class))
                    .put(operation.action(), operation);
        }
        Map<String, QontoResource> all = new LinkedHashMap<>();
        byResource.forEach((name, operations) -> all.put(name, new QontoResource(name, operations)));
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, QontoResource> webhookOnly() {
        Map<String, QontoResource> topics = new LinkedHashMap<>();
        for (WebhookTopic topic : WebhookTopic.values()) {
            if (!ALL.containsKey(topic.shortName())) {
                topics.put(topic.shortName(), new QontoResource(topic.shortName(), new EnumMap<>(Action.class)));
            }
        }
        return Collections.unmodifiableMap(topics);
    }

    /** {@return every resource of the catalog, in catalog order} */
    public static List<QontoResource> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The resource named by a URI path.
     *
     * @param path the path of a {@code qonto:} URI, e.g. {@code transactions}
     * @return the resource, or a webhook topic's when no resource has that name
     * @throws InvalidInputException naming the unknown value and the known resources
     */
    public static QontoResource fromPath(String path) {
        QontoResource resource = ALL.containsKey(path) ? ALL.get(path) : WEBHOOK_ONLY.get(path);
        if (resource == null) {
            throw new InvalidInputException("qonto endpoint", "resource",
                    "'" + path + "' is not a Qonto resource; known resources: " + String.join(", ", ALL.keySet())
                    + "; webhook topics: " + WebhookTopic.names());
        }
        return resource;
    }

    /** {@return the resource's name, the path of its URIs} */
    public String name() {
        return name;
    }

    /** {@return whether this names a webhook topic only: no operation, for {@code webhook:qonto:<topic>} routes} */
    public boolean isWebhookTopicOnly() {
        return operations.isEmpty();
    }

    /** {@return whether this is a collection (plural) resource, listed page by page} */
    public boolean isCollection() {
        return operations.containsKey(Action.list);
    }

    /** {@return the operations allowed here, in a stable order, with the catalog row each one is} */
    public Map<Action, QontoOperation> operations() {
        return operations;
    }

    /**
     * {@return the action a producer runs when neither the header nor the option names one; null when one is required}
     */
    public Action defaultAction() {
        return defaultAction;
    }

    /**
     * The catalog row of an action.
     *
     * @param action the action, null when none was named
     * @param source where the action was named (the {@code operation} option or the header), for messages
     * @return the row
     * @throws InvalidInputException naming the action and the ones this resource allows
     */
    public QontoOperation operation(Action action, String source) {
        QontoOperation operation = action == null ? null : operations.get(action);
        if (operation == null) {
            throw new InvalidInputException("qonto:" + name, source,
                    "'" + action + "' is not an operation of " + name + "; allowed: " + actionNames());
        }
        return operation;
    }

    /** {@return the names of the actions allowed here, for messages} */
    public String actionNames() {
        return String.join(", ", operations.keySet().stream().map(Enum::name).toList());
    }

    /**
     * {@return the list operation a consumer polls, when the resource can be consumed: any paged list} One with cursor
     * fields is read from where the last delivery ended; one without is read whole and compared with what was
     * delivered.
     */
    public Optional<QontoOperation> consumedOperation() {
        QontoOperation list = operations.get(Action.list);
        return list != null && list.paged() ? Optional.of(list) : Optional.empty();
    }

    /** {@return whether a polling consumer can read this resource} */
    public boolean isConsumable() {
        return consumedOperation().isPresent();
    }

    /**
     * {@return the timestamp fields a consumer can resume from; the first is the default} Empty when none (or not
     * consumable).
     */
    public List<CursorField> cursorFields() {
        return consumedOperation().map(QontoOperation::cursorFields).orElse(List.of());
    }

    /**
     * {@return the query parameters and inputs of every operation here, by Camel option name; the first declaration
     * wins}
     */
    public Map<String, Parameter> options() {
        Map<String, Parameter> options = new LinkedHashMap<>();
        for (QontoOperation operation : operations.values()) {
            operation.queryParameters().forEach(p -> options.putIfAbsent(p.option(), p));
            operation.inputs().forEach(p -> options.putIfAbsent(p.option(), p));
            operation.fileParameters().forEach(p -> options.putIfAbsent(p.option(), p));
        }
        return options;
    }

    /** {@return whether any operation here takes an idempotency key} */
    public boolean hasIdempotentWrite() {
        return operations.values().stream().anyMatch(QontoOperation::idempotent);
    }

    /** {@return the names of the consumable resources, for error messages} */
    public static String consumableNames() {
        return String.join(", ", ALL.values().stream().filter(QontoResource::isConsumable).map(r -> r.name).toList());
    }

    /**
     * The resources whose operations know an option, for messages about options set where they do not apply.
     *
     * @param option a Camel option name
     * @return the names of those resources, in catalog order
     */
    public static List<String> resourcesWithOption(String option) {
        return ALL.values().stream().filter(r -> r.options().containsKey(option)).map(r -> r.name).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
