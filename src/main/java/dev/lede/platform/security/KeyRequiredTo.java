package dev.lede.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a read that needs a key does, in the words of its refusal: {@code @KeyRequiredTo("export the content")} answers
 * an anonymous caller "an API key is required to export the content". It only words the 401; who may call the operation
 * is declared beside it ({@code @RolesAllowed}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeyRequiredTo {
    String value();
}
