package dev.lede.webhook;

import dev.lede.entity.EntityService;
import dev.lede.keys.ApiKeyService;
import dev.lede.keys.KeyView;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Text;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** What a subscription may say: each rule broken is a 400 naming its member (a secret is never echoed). */
@ApplicationScoped
class WebhookRules {
    private static final int MAX_NARROWING = 200;
    private static final Set<ResourceType> NARROWABLE = EnumSet.of(ResourceType.article, ResourceType.quote);

    private final ReceiverGuard guard;
    private final PersonService people;
    private final EntityService entities;
    private final SourceService sources;
    private final ApiKeyService keys;

    WebhookRules(ReceiverGuard guard, PersonService people, EntityService entities, SourceService sources, ApiKeyService keys) {
        this.guard = guard;
        this.keys = keys;
        this.people = people;
        this.entities = entities;
        this.sources = sources;
    }

    /** Applies an input to a subscription: all of it for a POST ({@code whole}), what it gives for a PATCH. */
    void apply(WebhookInput input, WebhookSubscription sub, boolean whole) {
        if (whole || input.url() != null) {
            require("url", input.url());
            sub.url = guard.checkedUrl("url", input.url().trim()).toString();
        }
        if (whole || input.types() != null) {
            sub.types = names("types", input.types(), ResourceType.class);
        }
        if (whole || input.ops() != null) {
            sub.ops = names("ops", input.ops(), ChangeOp.class);
        }
        // stored by id: a slug given is resolved now, so a rename does not silently stop the deliveries (nor does a typo)
        sub.person = resolved("person", input.person(), narrowing("person", input.person(), sub.person, whole), people::idOf);
        sub.entity = resolved("entity", input.entity(), narrowing("entity", input.entity(), sub.entity, whole), entities::idOf);
        sub.source = resolved("source", input.source(), narrowing("source", input.source(), sub.source, whole), sources::idOf);
        sub.section = narrowing("section", input.section(), sub.section, whole);
        sub.tag = narrowing("tag", input.tag(), sub.tag, whole);
        bindKey(input.key(), sub, whole);
        if (WebhookViews.criteria(sub).narrowed()
                && !NARROWABLE.containsAll(WebhookViews.criteria(sub).types())) {
            throw Failure.invalid("types", "person, entity, source, section and tag narrow article and quote events "
                    + "only: with them, types may name article and quote only");
        }
    }

    /**
     * Binds the subscription to a key (its id; an empty string in a PATCH unbinds it): one unknown or revoked is a 400.
     * A new binding clears the failure a revoked key left (see {@link WebhookFilter#entitlements}).
     */
    private void bindKey(String given, WebhookSubscription sub, boolean whole) {
        String id = narrowing("key", given, sub.keyId, whole);
        if (given != null && id != null) {
            KeyView key;
            try {
                key = keys.get(id);
            } catch (Failure unknown) {
                throw Failure.invalid("key", "no key '" + Text.shorten(id) + "'");
            }
            if (key.revokedAt() != null) {
                throw Failure.invalid("key", "the key '" + key.id() + "' is revoked");
            }
        }
        if (given != null && sub.keyId != null && !sub.keyId.equals(id) && WebhookFilter.KEY_REVOKED.equals(sub.lastError)) {
            sub.attempts = 0;
            sub.lastError = null;
        }
        sub.keyId = id;
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Failure.invalid(field, "required");
        }
    }

    private static <E extends Enum<E>> String names(String field, List<String> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            throw Failure.invalid(field, "required: a non-empty list of " + allowed(type));
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values) {
            chosen.add(constant(field, value, type));
        }
        return chosen.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw Failure.invalid(field, "expected one of " + allowed(type) + " but got '"
                + (value == null ? "null" : Text.shorten(value)) + "'");
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The id of the person, entity or source a narrowing names, when this input names one; a 400 if none has it. */
    private static String resolved(String field, String given, String value, UnaryOperator<String> idOf) {
        if (given == null || value == null) {
            return value;
        }
        try {
            return idOf.apply(value);
        } catch (Failure failure) {
            if (failure.kind() == Failure.Kind.NOT_FOUND) {
                throw Failure.invalid(field, "no " + field + " '" + Text.shorten(value) + "'");
            }
            throw failure;
        }
    }

    private static String narrowing(String field, String given, String current, boolean whole) {
        if (given == null) {
            return whole ? null : current;
        }
        String value = given.trim();
        if (value.length() > MAX_NARROWING || value.indexOf('\0') >= 0) {
            throw Failure.invalid(field, "at most " + MAX_NARROWING + " characters");
        }
        return value.isEmpty() ? null : value;
    }
}
