package dev.lede.platform.catalog;

import dev.lede.platform.persistence.ExpectedVersion;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The writes {@link ResourceEndpoints} serves, as a feature's write service offers them, so that the services need not
 * implement an HTTP-side type: {@code new Writes<>(service::create, service::replace, service::patch)}. Where the write
 * model's type is an intersection (the generic catalogs), pass lambdas instead: a method reference to such a parameter
 * fails when first called (LambdaConversionException).
 *
 * @param <I> the write model
 * @param <V> the read model a write answers with
 */
public record Writes<I, V>(Function<I, V> create, Replace<I, V> replace, Patch<I, V> patch) {
    /** Replaces the resource at {@code key} (its id or slug) with {@code input}, if it is at the expected version. */
    @FunctionalInterface
    public interface Replace<I, V> {
        V replace(String key, ExpectedVersion expected, I input);
    }

    /** Changes the resource at {@code key}: {@code change} turns its write model into the new one, in the service's transaction. */
    @FunctionalInterface
    public interface Patch<I, V> {
        V patch(String key, ExpectedVersion expected, UnaryOperator<I> change);
    }
}
