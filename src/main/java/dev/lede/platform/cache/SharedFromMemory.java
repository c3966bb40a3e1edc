package dev.lede.platform.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: a public read answered from memory rather than through {@link Representations} (typeahead),
 * which shared caches may still keep as briefly as a list ({@link ExtraCacheControl}). Its answer must be the same for
 * every caller; a key holder's copy is private all the same, like every read a key makes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedFromMemory {
}
